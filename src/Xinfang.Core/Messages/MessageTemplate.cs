namespace Xinfang.Core.Messages;

/// <summary>The text of one kind of message, with placeholders such as <c>{编号}</c> filled in when it is written.
/// A kind without a stored row uses its default (<see cref="MessageTemplateCatalog"/>).</summary>
public sealed class MessageTemplate
{
    private MessageTemplate() { }

    public MessageTemplate(TextMessageKind kind, string text, string updatedBy, DateTimeOffset now)
    {
        Kind = kind;
        Change(text, updatedBy, now);
    }

    public TextMessageKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Change(string text, string updatedBy, DateTimeOffset now)
    {
        Text = text;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }
}
