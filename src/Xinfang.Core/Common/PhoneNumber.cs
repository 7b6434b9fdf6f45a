using System.Text.RegularExpressions;

namespace Xinfang.Core.Common;

/// <summary>A mainland mobile (11 digits starting 1[3-9]) or a landline with area code (0812-1234567).</summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string value) => Pattern().IsMatch(value.Trim());

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|96097|12345)$")]
    private static partial Regex Pattern();
}
