namespace Xinfang.Core.Data;

/// <summary>How personal data is shown to people who do not need it in full.</summary>
public static class PersonalDataMask
{
    /// <summary>510411********1234</summary>
    public static string? IdNumber(string? value) =>
        value is null ? null : value.Length <= 10 ? new string('*', value.Length) : value[..6] + new string('*', value.Length - 10) + value[^4..];

    /// <summary>138****5678</summary>
    public static string? Phone(string? value) =>
        value is null ? null : value.Length < 7 ? new string('*', value.Length) : value[..3] + new string('*', value.Length - 7) + value[^4..];

    /// <summary>张*、欧阳**</summary>
    public static string Name(string value) =>
        value.Length <= 1 ? value : value[..1] + new string('*', value.Length - 1);

    /// <summary>z***@example.cn</summary>
    public static string? Email(string? value) =>
        value is null ? null : value.IndexOf('@') is var at and > 0 ? value[..1] + "***" + value[at..] : new string('*', value.Length);

    /// <summary>Keeps the first six characters (township and village), hides the rest.</summary>
    public static string? Address(string? value) =>
        value is null ? null : value.Length <= 6 ? value : value[..6] + "****";
}
