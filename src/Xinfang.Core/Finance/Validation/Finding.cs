namespace Xinfang.Core.Finance.Validation;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>A labelled number in a finding, e.g. (“基本支出”, 242.11).</summary>
public sealed record FindingNumber(string Label, decimal Value);

/// <summary>One result of a validation rule: the stable rule code, its severity, the places involved (data fields or
/// report sections), the numbers compared, and a Chinese explanation with the likely cause.</summary>
public sealed record Finding(string Rule, Severity Severity, IReadOnlyList<string> Places, IReadOnlyList<FindingNumber> Numbers, string Explanation);

public static class SeverityNames
{
    public static string Chinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
