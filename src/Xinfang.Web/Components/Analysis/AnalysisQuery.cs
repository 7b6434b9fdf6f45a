using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Xinfang.Core.Analysis;

namespace Xinfang.Web.Components.Analysis;

/// <summary>The analysis pages keep their whole state in the address (a view is saved, shared and drilled as a link):
/// this reads it and edits it.</summary>
public static class AnalysisQuery
{
    public static IQueryCollection Of(NavigationManager navigation) =>
        new QueryCollection(QueryHelpers.ParseQuery(navigation.ToAbsoluteUri(navigation.Uri).Query));

    public static string With(IQueryCollection query, params (string Name, string? Value)[] changes)
    {
        var values = query.ToDictionary(q => q.Key, q => q.Value.ToString());
        foreach (var (name, value) in changes)
        {
            if (string.IsNullOrEmpty(value))
            {
                values.Remove(name);
            }
            else
            {
                values[name] = value;
            }
        }

        return string.Join("&", values.Where(v => v.Value.Length > 0).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
    }

    /// <summary>The filters of a query in words ("乡镇（街道）：仁和镇"), each with the query without it.</summary>
    public static IEnumerable<(string Label, string Without)> Filters(IQueryCollection query, Core.Organisation.OrganisationDirectory.Snapshot names)
    {
        foreach (var dimension in Enum.GetValues<AnalysisDimension>())
        {
            var param = AnalysisDimensions.ParamName(dimension);
            var text = query[param].ToString();
            if (text.Length == 0)
            {
                continue;
            }

            var key = AnalysisDimensions.Parse(dimension, text);
            var label = key.IsSuccess ? AnalysisDimensions.NameOf(dimension, key.Value, names) : text;
            yield return ($"{AnalysisDimensions.ChineseName(dimension)}：{label}", With(query, (param, null)));
        }
    }
}
