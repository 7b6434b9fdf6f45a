using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;

namespace Xinfang.Web.Components.Cases;

/// <summary>The intake form's editable state; the rules live in RegisterCase, not here.</summary>
public sealed class IntakeModel
{
    public Channel? Channel { get; set; } = Xinfang.Core.Cases.Channel.Letter;
    public DateTime ReceivedAt { get; set; }
    public CaseForm? Form { get; set; } = CaseForm.Complaint;
    public StatutoryClass? StatutoryClass { get; set; } = Xinfang.Core.Cases.StatutoryClass.ClaimRequest;
    public int? CategoryId { get; set; }
    public int? RegionId { get; set; }
    public int? VillageId { get; set; }
    public string? Subject { get; set; }
    public string? Content { get; set; }
    public int PeopleCount { get; set; } = 1;
    public SkipLevel SkipLevel { get; set; }
    public bool AbnormalVenue { get; set; }
    public bool IsRepeat { get; set; }
    public bool IsKeyCase { get; set; }
    public bool SensitivePeriod { get; set; }
    public bool IsUrgent { get; set; }

    /// <summary>The call the matter is registered from (its uniqueid): kept as the case's external reference.</summary>
    public string? CallId { get; set; }
    public List<PetitionerModel> Petitioners { get; } = [new()];

    /// <summary>The letter, photos or recording that came with the matter, filed under the registration.</summary>
    public List<AttachmentUpload> Attachments { get; } = [];

    public RegisterCaseRequest ToRequest() => new(
        Channel, new DateTimeOffset(ReceivedAt, Xinfang.Core.Common.ChinaTime.Offset), Form, StatutoryClass, CategoryId, RegionId, VillageId,
        Subject, Content, Petitioners.Select(p => new PetitionerRequest(p.Name, p.IdNumber, p.Phone, p.Address, p.IsRepresentative)).ToList(),
        PeopleCount, SkipLevel, AbnormalVenue, IsRepeat, IsKeyCase, null, SensitivePeriod, IsUrgent, ExternalReference: CallId);
}

public sealed class PetitionerModel
{
    public string? Name { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public bool IsRepresentative { get; set; }
}
