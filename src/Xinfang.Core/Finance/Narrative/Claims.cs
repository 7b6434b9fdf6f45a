namespace Xinfang.Core.Finance.Narrative;

/// <summary>A figure the report prints, with the arithmetic it asserts, recorded by the generator so that the
/// validator can re-check the text as printed (all numbers are the printed, rounded values).</summary>
public abstract record Claim(string Place);

/// <summary>“{part}X万元，占Y%” for every part of a whole.</summary>
public sealed record ShareClaim(string Place, string WholeLabel, decimal Whole, IReadOnlyList<SharePart> Parts) : Claim(Place);

public sealed record SharePart(string Label, decimal Amount, decimal Share);

/// <summary>“与上年相比…减少X万元，下降Y%”: current and the printed change and percent.</summary>
public sealed record ChangeClaim(string Place, string Label, decimal Current, ChangeDirection Direction, decimal Change, decimal? Percent) : Claim(Place);

/// <summary>“完成预算Y%”: actual and budget behind a printed execution rate.</summary>
public sealed record RateClaim(string Place, string Label, decimal Actual, decimal Budget, decimal Rate) : Claim(Place);

/// <summary>A quantity printed at a place, under a stable key; the same key must print the same value everywhere.</summary>
public sealed record QuoteClaim(string Place, string Key, string Label, decimal Value) : Claim(Place);
