using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Xinfang.UnitTests.Architecture;

/// <summary>The module rules of docs/architecture.md, written once for a root namespace so that the same rules run on
/// the platform (<c>Xinfang</c>) and on a deliberately broken fixture (<c>ArchitectureFixture</c>) they must reject.</summary>
public static class ArchitectureRules
{
    /// <summary>Core is the business: no host (web, command line) and no document renderer in it.</summary>
    public static IArchRule CoreDoesNotReferenceHostsOrDocuments(string root) =>
        Types().That().ResideInNamespaceOrBelow($"{root}.Core")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching($@"^{root}\.(Web|Cli|Documents)(\..*)?$")
            .Because("Core holds the rules; hosts and renderers call it, never the other way");

    /// <summary>No HTTP in the business: requests, responses, routing, MVC, components and authentication belong to
    /// the web host (ASP.NET Core Identity's user store is allowed: accounts live in the database).</summary>
    public static IArchRule CoreDoesNotUseHttp(string root) =>
        Types().That().ResideInNamespaceOrBelow($"{root}.Core")
            .Should().NotDependOnAnyTypesThat()
            .ResideInNamespaceMatching(@"^Microsoft\.AspNetCore\.(Http|Mvc|Routing|Components|Builder|Authentication|Authorization|Antiforgery|WebUtilities)(\..*)?$")
            .Because("use cases return results; the web host maps them to HTTP");

    public static IArchRule ModuleDoesNotReference(string root, string module, string other) =>
        Types().That().ResideInNamespaceOrBelow($"{root}.Core.{module}")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow($"{root}.Core.{other}")
            .Because($"{module} must not know {other}");

    /// <summary>Every top-level folder of Core is a module (its sub-folders belong to it); arrows between modules
    /// point one way. Returns each loop as "A → B → A" with one type-level dependency per arrow, empty when none.</summary>
    public static IReadOnlyList<string> ModuleLoops(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        var prefix = $"{root}.Core.";
        string? ModuleOf(IType type) => type.Namespace?.FullName?.StartsWith(prefix, StringComparison.Ordinal) == true
            ? type.Namespace.FullName[prefix.Length..].Split('.')[0]
            : null;

        var edges = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in architecture.Types)
        {
            if (ModuleOf(type) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (ModuleOf(dependency.Target) is { } to && to != from)
                {
                    var targets = edges.TryGetValue(from, out var found) ? found : edges[from] = [];
                    targets.TryAdd(to, $"{type.FullName} → {dependency.Target.FullName}");
                }
            }
        }

        var loops = new List<string>();
        var done = new HashSet<string>();
        var path = new List<string>();
        void Visit(string module)
        {
            if (path.IndexOf(module) is var at and >= 0)
            {
                var loop = path.Skip(at).Append(module).ToList();
                loops.Add(string.Join(" → ", loop) + "（" + string.Join("；", loop.Zip(loop.Skip(1), (a, b) => edges[a][b])) + "）");
                return;
            }

            if (!done.Add(module))
            {
                return;
            }

            path.Add(module);
            foreach (var next in edges.GetValueOrDefault(module)?.Keys ?? Enumerable.Empty<string>())
            {
                Visit(next);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var module in edges.Keys.Order())
        {
            Visit(module);
        }

        return loops;
    }

    /// <summary>Endpoints and components call use cases; only Core touches the database context.</summary>
    public static IArchRule WebDoesNotReachIntoTheDatabase(string root) =>
        Types().That().ResideInNamespaceOrBelow($"{root}.Web")
            .Should().NotDependOnAnyTypesThat().HaveFullName($"{root}.Core.Data.XinfangDbContext")
            .Because("the web calls handlers, which apply scopes and audit personal-data reads");

    public static IEnumerable<(string Name, IArchRule Rule)> All(string root) =>
    [
        ("Core references no host or renderer", CoreDoesNotReferenceHostsOrDocuments(root)),
        ("Core uses no HTTP types", CoreDoesNotUseHttp(root)),
        ("Cases does not reference Finance", ModuleDoesNotReference(root, "Cases", "Finance")),
        ("Finance does not reference Cases", ModuleDoesNotReference(root, "Finance", "Cases")),
        ("Cases does not reference Performance", ModuleDoesNotReference(root, "Cases", "Performance")),
        ("Web does not reach into the database", WebDoesNotReachIntoTheDatabase(root)),
    ];
}
