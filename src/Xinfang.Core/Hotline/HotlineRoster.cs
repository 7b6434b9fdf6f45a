namespace Xinfang.Core.Hotline;

/// <summary>A seat of the hotline (five at 96097), with the exchange device that rings it (e.g. <c>SIP/8001</c>).</summary>
public sealed class HotlineSeat
{
    private HotlineSeat() { }

    public HotlineSeat(int number, string device)
    {
        Number = number;
        Device = device;
    }

    public int Number { get; private set; }
    public string Device { get; private set; } = "";

    internal void Rewire(string device) => Device = device;
}

/// <summary>An agent of the operating company; <see cref="UserId"/> is their platform account (their calls open on
/// their screen).</summary>
public sealed class HotlineAgent
{
    private HotlineAgent() { }

    public HotlineAgent(string code, string name, int? userId)
    {
        Code = code;
        Name = name;
        UserId = userId;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int? UserId { get; private set; }
}

/// <summary>Who sat at which seat, from when to when (the roster; a night shift runs past midnight).</summary>
public sealed class SeatAssignment
{
    private SeatAssignment() { }

    public SeatAssignment(int agentId, int seat, DateTimeOffset from, DateTimeOffset to)
    {
        AgentId = agentId;
        Seat = seat;
        From = from;
        To = to;
    }

    public long Id { get; private set; }
    public int AgentId { get; private set; }
    public int Seat { get; private set; }
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }
}

/// <summary>直接答复: a consultation settled on the call, with what was said and the knowledge used.</summary>
public sealed class DirectAnswer
{
    private DirectAnswer() { }

    public DirectAnswer(long callId, string text, int? categoryId, string? knowledgeUsed, int agentUserId, string agentName, DateTimeOffset at)
    {
        CallId = callId;
        Text = text;
        CategoryId = categoryId;
        KnowledgeUsed = knowledgeUsed;
        AgentUserId = agentUserId;
        AgentName = agentName;
        At = at;
    }

    public long Id { get; private set; }
    public long CallId { get; private set; }
    public string Text { get; private set; } = "";
    public int? CategoryId { get; private set; }
    public string? KnowledgeUsed { get; private set; }
    public int AgentUserId { get; private set; }
    public string AgentName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
