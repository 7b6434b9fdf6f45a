using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Identity;
using Xinfang.Core.Search.Features;

namespace Xinfang.IntegrationTests.Search;

/// <summary>
/// Duplicate detection on real citizens' messages (tests/data/complaints), on both databases, each on a database of its
/// own: every message is registered through the real registration; a matter retold by someone else in the same place is
/// found; the same text in another township, and another category's matter from the same place, are not.
/// (The full figures, on more messages, are `xinfang bench duplicates`, in docs/benchmarks.md.)
/// </summary>
public abstract class DuplicateEvaluationContract(XinfangApp app)
{
    [Fact]
    public async Task OnRealMessages_RetoldMattersAreFound_OtherPlacesAndOtherMattersAreNot()
    {
        var labelled = PublicMessage.Read(Path.Combine(AppContext.BaseDirectory, "data", "complaints", "labelled.csv.gz"));
        var corpus = labelled.Where((_, i) => i % 40 == 0).ToList();
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;

        var result = await scope.ServiceProvider.GetRequiredService<EvaluateDuplicates>().RunAsync(corpus, labelled, sample: 30, seed: 7);

        var kinds = result.Kinds.ToDictionary(k => k.Kind);
        var retold = kinds["reworded"];
        Assert.True(retold.Pairs >= 25 && retold.LinkedByText >= retold.Pairs * 0.85, $"retold: {retold.LinkedByText} of {retold.Pairs}");
        Assert.Equal((30, 0), (kinds["other-place"].Pairs, kinds["other-place"].Linked));
        Assert.True(kinds["same-place-other-matter"].Pairs >= 20 && kinds["same-place-other-matter"].Linked <= 1,
            $"other matters linked: {kinds["same-place-other-matter"].Linked} of {kinds["same-place-other-matter"].Pairs}");
        Assert.True(result.Precision >= 0.95 && result.Recall >= 0.85, $"precision {result.Precision}, recall {result.Recall}");
        Assert.True(result.LookupSamples > 0 && result.LookupP95Ms > 0);
    }
}

public sealed class SqliteDuplicateEvaluationTests(SqliteApp app) : DuplicateEvaluationContract(app), IClassFixture<SqliteApp>;

public sealed class PostgresDuplicateEvaluationTests(PostgresApp app) : DuplicateEvaluationContract(app), IClassFixture<PostgresApp>;
