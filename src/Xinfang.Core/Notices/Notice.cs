namespace Xinfang.Core.Notices;

/// <summary>
/// A notice as issued: its number in the kind's series of the year, and the text filled in at that moment — a
/// document once issued does not change when a template or the case changes later. Word and PDF are rendered from it.
/// </summary>
public sealed class Notice
{
    private Notice() { }

    public Notice(Guid caseId, NoticeKind kind, int year, int serial, string number, string title, string issuer, string recipient, string body,
        bool forPetitioner, DateTimeOffset issuedAt, string issuedBy)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Kind = kind;
        Year = year;
        Serial = serial;
        Number = number;
        Title = title;
        Issuer = issuer;
        Recipient = recipient;
        Body = body;
        ForPetitioner = forPetitioner;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public NoticeKind Kind { get; private set; }
    public int Year { get; private set; }
    public int Serial { get; private set; }

    /// <summary>文号, e.g. 仁信受〔2026〕12号.</summary>
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>The body that issues it (落款): the bureau, or the unit that decided.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>To whom (抬头): the petitioner, or the unit a sheet goes to.</summary>
    public string Recipient { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>The petitioner receives it (and may download it on the portal); 交办单 and 督办单 go to units only.</summary>
    public bool ForPetitioner { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string IssuedBy { get; private set; } = "";
}

/// <summary>The last serial issued per kind and year.</summary>
public sealed class NoticeSerial
{
    private NoticeSerial() { }

    public NoticeKind Kind { get; private set; }
    public int Year { get; private set; }
    public int Last { get; private set; }
}
