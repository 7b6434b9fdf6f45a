using System.Text.Json;

namespace Xinfang.IntegrationTests;

/// <summary>The served OpenAPI document, from which integration clients generate their code: every operation says
/// what it answers on success (a body, or a file), which problems it may give, and how to sign in for it. `./test.sh`
/// also lints this very document with redocly's recommended rules (the test writes it to XINFANG_OPENAPI_OUT).</summary>
public abstract class OpenApiContract(XinfangApp app)
{
    private static readonly HashSet<string> Methods = ["get", "post", "put", "delete", "patch"];
    private static readonly HashSet<string> Public = ["/health", "/api/auth/token"];

    [Fact]
    public async Task Document_DescribesEveryOperation()
    {
        var text = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        if (Environment.GetEnvironmentVariable("XINFANG_OPENAPI_OUT") is { Length: > 0 } output)
        {
            await File.WriteAllTextAsync(output, text);
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.True(root.GetProperty("components").GetProperty("schemas").TryGetProperty("ProblemDetails", out _));

        var operations = 0;
        var gaps = new List<string>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToList();
                if (!responses.Any(r => r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out _)))
                {
                    gaps.Add($"{name}: no success body");
                }

                if (!responses.Any(r => r.Name == "400"))
                {
                    gaps.Add($"{name}: no 4xx problem");
                }

                var security = operation.Value.TryGetProperty("security", out var s) ? s.GetArrayLength() : 0;
                var isPublic = Public.Contains(path.Name) || path.Name.StartsWith("/api/portal/", StringComparison.Ordinal); // the citizens' portal
                if (isPublic ? security != 0 : security == 0)
                {
                    gaps.Add($"{name}: security {security}");
                }
            }
        }

        Assert.True(operations > 60, $"Only {operations} operations served.");
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }
}
