using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace Xinfang.Web.Components.Shared;

/// <summary>Knowledge-base Markdown as HTML for the page: raw HTML is shown as text, and a link or image that is not
/// http(s), mailto or a path on this site loses its address (no <c>javascript:</c> in an entry).</summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    public static MarkupString Render(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new MarkupString(writer.ToString());
    }

    private static bool IsSafe(string? url) =>
        string.IsNullOrEmpty(url) || url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('#')
        || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto";
}
