namespace Xinfang.Core.Finance.Classification;

/// <summary>The government functional classification of expenditure (支出功能分类科目) of one fiscal year,
/// kept as data: code, name, parent. Lookups fail loudly on unknown codes.</summary>
public sealed class FunctionalClassification
{
    private readonly Dictionary<string, ClassificationEntry> _byCode;

    public FunctionalClassification(int year, IEnumerable<ClassificationEntry> entries, IEnumerable<string> structureClasses)
    {
        Year = year;
        _byCode = entries.ToDictionary(e => e.Code);
        StructureClasses = [.. structureClasses];
    }

    public int Year { get; }

    /// <summary>The 类 listed, in order, in the sentence on the structure of 一般公共预算财政拨款支出.</summary>
    public IReadOnlyList<string> StructureClasses { get; }

    public IEnumerable<ClassificationEntry> Entries => _byCode.Values.OrderBy(e => e.Code, StringComparer.Ordinal);

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public ClassificationEntry this[string code] =>
        _byCode.TryGetValue(code, out var entry) ? entry : throw new KeyNotFoundException($"功能分类科目{code}不在{Year}年科目表中。");

    public string NameOf(string code) => this[code].Name;

    /// <summary>The 类 and 款 above an item, and the item itself: e.g. 201 → 20131 → 2013150.</summary>
    public IReadOnlyList<ClassificationEntry> PathOf(string code)
    {
        var path = new List<ClassificationEntry>();
        for (var entry = this[code]; ; entry = this[entry.ParentCode!])
        {
            path.Insert(0, entry);
            if (entry.ParentCode is null)
            {
                return path;
            }
        }
    }

    /// <summary>“一般公共服务（类）党委办公厅（室）及相关机构事务（款）事业运行（项）”.</summary>
    public string QualifiedName(string code)
    {
        var suffixes = new[] { "（类）", "（款）", "（项）" };
        return string.Concat(PathOf(code).Select((e, i) => e.Name + suffixes[i]));
    }
}
