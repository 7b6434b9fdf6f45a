using Xinfang.Core.Cases;

namespace Xinfang.Core.Intake;

/// <summary>A channel's words for a matter's form and statutory class: the Chinese names, or the platform's own
/// (<c>Complaint</c>, <c>ClaimRequest</c>); anything else (a number of the channel's own code list among it) is null, and the matter goes to 补录 with the words kept.</summary>
public static class IntakeValues
{
    public static CaseForm? ParseForm(string text) => text switch
    {
        "投诉" => CaseForm.Complaint,
        "举报" => CaseForm.Report,
        "建议" => CaseForm.Suggestion,
        "咨询" => CaseForm.Consultation,
        "求助" => CaseForm.Help,
        "意见" => CaseForm.Opinion,
        _ => text.All(char.IsAsciiLetter) && Enum.TryParse<CaseForm>(text, ignoreCase: true, out var form) && Enum.IsDefined(form) ? form : null,
    };

    public static StatutoryClass? ParseClass(string text) => text switch
    {
        "建议意见类" => StatutoryClass.SuggestionOpinion,
        "检举控告类" => StatutoryClass.Accusation,
        "申诉求决类" => StatutoryClass.ClaimRequest,
        _ => text.All(char.IsAsciiLetter) && Enum.TryParse<StatutoryClass>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null,
    };
}
