namespace Xinfang.Core.Cases;

/// <summary>The last case number issued per year (RH2026-000123). Incremented atomically in the database.</summary>
public sealed class CaseNumberSequence
{
    private CaseNumberSequence() { }

    public CaseNumberSequence(int year) => Year = year;

    public int Year { get; private set; }
    public int Last { get; private set; }

    public static string Format(string prefix, int year, int serial) => $"{prefix}{year}-{serial:000000}";
}
