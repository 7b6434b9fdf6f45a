namespace Xinfang.Core.Audit;

/// <summary>Marks a table whose rows are computed from audited rows (a search index's words) and can be rebuilt from them
/// at any time: its changes are not written to the audit trail, which would otherwise hold every text twice.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DerivedDataAttribute : Attribute;
