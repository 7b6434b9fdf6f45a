namespace Xinfang.Core.Finance.Validation.Rules;

/// <summary>Glossary entries that explain a functional item: the item should be one the accounts use, and the term
/// should carry the item's official name.</summary>
public sealed class GlossaryRule : IValidationRule
{
    public string Code => "glossary.items";
    public string Description => "名词解释中的科目与决算所用科目及其规范名称一致";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Classification is not { } classification)
        {
            yield break;
        }
        var used = context.Accounts.FunctionalLines.Select(l => l.Code).ToHashSet();
        var n = 0;
        foreach (var entry in context.Accounts.Glossary)
        {
            n++;
            if (entry.Code is not { } code)
            {
                continue;
            }
            var place = $"第三部分 名词解释第{n}条〔glossary[{n - 1}]〕";
            if (!classification.Contains(code))
            {
                yield return new Finding("glossary.unknown-code", Severity.Warning, [place], [], $"名词解释第{n}条所注科目编码{code}不在{classification.Year}年科目表中。");
                continue;
            }
            // The 类 is often shortened (一般公共服务（类）), so the 款 and 项 names are what must match.
            var path = classification.PathOf(code);
            var qualified = classification.QualifiedName(code);
            if (path.Count < 3 || !entry.Term.Contains(path[1].Name + "（款）", StringComparison.Ordinal)
                || !entry.Term.Contains(path[2].Name + "（项）", StringComparison.Ordinal))
            {
                yield return new Finding("glossary.name-mismatch", Severity.Warning, [place], [],
                    $"名词解释第{n}条写作“{entry.Term}”，与{classification.Year}年科目{code}的规范名称“{qualified}”不一致。");
            }
            if (!used.Contains(code))
            {
                yield return new Finding("glossary.unused-item", Severity.Info, [place], [],
                    $"名词解释第{n}条解释了科目{code}“{classification.NameOf(code)}”，但本年决算没有该科目的支出，可删去或核对是否漏列支出。");
            }
        }
    }
}
