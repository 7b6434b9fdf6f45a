using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sylvan.Data.Csv;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Search.Features;

/// <summary>A citizen's message as published (user, subject, text, time; the label when the file has one).</summary>
public sealed record PublicMessage(string User, string Subject, string Detail, DateTimeOffset? Time, string? Label, int Likes = 0)
{
    /// <summary>The message's place: the first district or county it names (A3区, A7县, K9县), else its city (A市).</summary>
    public string Place => Places.Match($"{Subject}{Detail}") is { Success: true } m ? m.Value
        : Cities.Match($"{Subject}{Detail}") is { Success: true } city ? city.Value : "";

    private static readonly Regex Places = new(@"[A-Z]\d{1,2}[区县市]", RegexOptions.CultureInvariant);
    private static readonly Regex Cities = new(@"[A-Z]市", RegexOptions.CultureInvariant);

    /// <summary>Reads messages from CSV with a header naming at least <c>subject</c> and <c>detail</c>; <c>user</c>,
    /// <c>time</c>, <c>label</c> and <c>likes</c> are read when present; plain or gzip-compressed.</summary>
    /// <exception cref="InvalidDataException">A required column is missing.</exception>
    public static List<PublicMessage> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HeaderComparer = StringComparer.OrdinalIgnoreCase });
        int Column(string name) => Enumerable.Range(0, csv.FieldCount).FirstOrDefault(i => string.Equals(csv.GetName(i), name, StringComparison.OrdinalIgnoreCase), -1);
        var (subject, detail, user, time, label, likes) = (Column("subject"), Column("detail"), Column("user"), Column("time"), Column("label"), Column("likes"));
        if (subject < 0 || detail < 0)
        {
            throw new InvalidDataException("CSV 缺少列：subject 或 detail（表头须含 subject,detail）。");
        }

        var messages = new List<PublicMessage>();
        var row = 0;
        while (csv.Read())
        {
            row++;
            var text = csv.GetString(detail).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            DateTimeOffset? at = time >= 0 && DateTime.TryParse(csv.GetString(time), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var parsed) ? new DateTimeOffset(parsed, TimeSpan.FromHours(8)) : null;
            messages.Add(new PublicMessage(user >= 0 ? csv.GetString(user) : $"row{row}", csv.GetString(subject).Trim(), text, at,
                label >= 0 ? csv.GetString(label).Trim() : null,
                likes >= 0 && int.TryParse(csv.GetString(likes), out var liked) && liked > 0 ? liked : 0));
        }

        return messages;
    }
}

/// <summary>One kind of pair: how many there were and how many the finder linked.</summary>
public sealed record DuplicatePairFigures(string Kind, string Description, bool SameMatter, int Pairs, int Linked, int LinkedByText);

public sealed record DuplicateEvaluationResult(
    IReadOnlyList<DuplicatePairFigures> Kinds, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives,
    double Precision, double Recall, double F1, int CasesInDatabase, double LookupP50Ms, double LookupP95Ms, int LookupSamples);

/// <summary>
/// Precision and recall of 重复件识别 (<see cref="FindDuplicateCandidates"/>) on pairs built from real citizens' messages,
/// each message registered as a case through the real registration (so the finder runs as it does at intake) — in
/// whatever database is configured, so the same run also times the look-up at that database's size. Pairs:
/// <list type="bullet">
/// <item><c>same-subject</c>: the same subject posted by different people — the same matter in other words (real);</item>
/// <item><c>repeat</c>: the same subject posted again by the same person (real);</item>
/// <item><c>reworded</c>: a message told again by someone else — without its subject, every other sentence, in reverse
/// order (constructed);</item>
/// <item><c>same-place-other-matter</c>: two labelled messages from the same place with different categories (real);</item>
/// <item><c>same-place-same-category</c>: two labelled messages from the same place and first-level category (real; nearly
/// always two matters, so counted as such — a pessimistic figure);</item>
/// <item><c>other-place</c>: the same text registered in another township (constructed).</item>
/// </list>
/// A pair counts as linked when the later case's candidates name the earlier one.
/// </summary>
public sealed class EvaluateDuplicates(XinfangDbContext db, RegisterCase register, TimeProvider clock)
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n'];

    public async Task<DuplicateEvaluationResult> RunAsync(IReadOnlyList<PublicMessage> messages, IReadOnlyList<PublicMessage> labelled, int sample, int seed,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var random = new Random(seed);
        var townships = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Township).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var category = await db.Categories.AsNoTracking().Where(c => c.ParentId != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(ct);
        if (townships.Count < 3)
        {
            throw new InvalidOperationException("The district needs at least three townships.");
        }

        var ordered = messages.OrderBy(m => m.Time ?? DateTimeOffset.MinValue).ToList();
        // Negatives from outside the corpus, each message in one pair only, so that each pair's order of registration is its own.
        var used = new HashSet<PublicMessage>(messages, ReferenceEqualityComparer.Instance);
        var negatives = SamePlacePairs(labelled, sample, random, sameLabel: false, used)
            .Select(p => (Kind: "same-place-other-matter", p.Earlier, p.Later))
            .Concat(SamePlacePairs(labelled, sample, random, sameLabel: true, used).Select(p => (Kind: "same-place-same-category", p.Earlier, p.Later)))
            .ToList();
        var places = ordered.Concat(negatives.SelectMany(p => new[] { p.Earlier, p.Later })).GroupBy(m => m.Place)
            .OrderByDescending(g => g.Count()).Select((g, i) => (g.Key, Township: townships[Math.Min(i, townships.Count - 1)]))
            .ToDictionary(p => p.Key, p => p.Township);

        var pairs = new List<(string Kind, PublicMessage Earlier, PublicMessage Later, bool SameMatter)>();
        foreach (var group in ordered.GroupBy(m => m.Subject).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    pairs.Add((list[i].User == list[j].User ? "repeat" : "same-subject", list[i], list[j], true));
                }
            }
        }

        pairs.AddRange(negatives.Select(p => (p.Kind, p.Earlier, p.Later, false)));
        var retold = ordered.Where(m => Sentences(m.Detail).Count >= 4).OrderBy(_ => random.Next()).Take(sample).ToList();
        var probes = new List<(PublicMessage Original, PublicMessage Probe, int? Township)>();
        foreach (var original in retold)
        {
            var kept = Sentences(original.Detail).Where((_, i) => i % 2 == 1).Reverse().ToList();
            var reworded = new PublicMessage($"retold-{Guid.NewGuid():N}", Clip(kept[0], 30), string.Join("。", kept) + "。", null, null);
            probes.Add((original, reworded, null));
            pairs.Add(("reworded", original, reworded, true));
            var elsewhere = original with { User = $"elsewhere-{Guid.NewGuid():N}" };
            var township = townships.First(t => t != places[original.Place]);
            probes.Add((original, elsewhere, township));
            pairs.Add(("other-place", original, elsewhere, false));
        }

        // Register: the corpus in order of time, then the labelled negatives' messages, then the probes.
        var ids = new Dictionary<PublicMessage, Guid>(ReferenceEqualityComparer.Instance);
        var queue = ordered.Select(m => (Message: m, Township: places[m.Place]))
            .Concat(negatives.SelectMany(p => new[] { p.Earlier, p.Later }).Select(m => (Message: m, Township: places[m.Place])))
            .Concat(probes.Select(p => (Message: p.Probe, Township: p.Township ?? places[p.Original.Place])))
            .ToList();
        var done = 0;
        foreach (var (message, township) in queue)
        {
            if (!ids.ContainsKey(message))
            {
                ids[message] = await RegisterAsync(message, township, category, ct);
            }

            progress?.Report((++done, queue.Count));
        }

        var later = pairs.Select(p => ids[p.Later]).Distinct().ToList();
        var links = (await db.DuplicateCandidates.AsNoTracking().Where(d => later.Contains(d.CaseId)).Select(d => new { d.CaseId, d.OtherCaseId, d.Reason }).ToListAsync(ct))
            .ToDictionary(d => (d.CaseId, d.OtherCaseId), d => d.Reason);
        var kinds = pairs.GroupBy(p => p.Kind).Select(g =>
        {
            var linked = g.Select(p => links.TryGetValue((ids[p.Later], ids[p.Earlier]), out var reason) ? reason : (DuplicateReason?)null).ToList();
            return new DuplicatePairFigures(g.Key, Describe(g.Key), g.First().SameMatter, g.Count(), linked.Count(r => r is not null),
                linked.Count(r => r == DuplicateReason.SimilarTextSamePlace));
        }).ToList();
        var tp = kinds.Where(k => k.SameMatter).Sum(k => k.Linked);
        var fn = kinds.Where(k => k.SameMatter).Sum(k => k.Pairs - k.Linked);
        var fp = kinds.Where(k => !k.SameMatter).Sum(k => k.Linked);
        var tn = kinds.Where(k => !k.SameMatter).Sum(k => k.Pairs - k.Linked);
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var (p50, p95, samples) = await TimeLookupsAsync(probes.Select(p => ids[p.Probe]).Take(200).ToList(), ct);
        return new DuplicateEvaluationResult(kinds, tp, fn, fp, tn, Math.Round(precision, 4), Math.Round(recall, 4),
            precision + recall == 0 ? 0 : Math.Round(2 * precision * recall / (precision + recall), 4), await db.Cases.CountAsync(ct), p50, p95, samples);
    }

    /// <summary>Pairs of different messages from the same place, of different categories or (<paramref name="sameLabel"/>) of the
    /// same one — two complaints about 物业 in one district are nearly always two matters; the few that are one make this
    /// kind's figure a pessimistic one.</summary>
    private static List<(PublicMessage Earlier, PublicMessage Later)> SamePlacePairs(IReadOnlyList<PublicMessage> labelled, int count, Random random,
        bool sameLabel, HashSet<PublicMessage> used)
    {
        var byPlace = labelled.Where(m => m.Label is { Length: > 0 } && m.Place.Length > 2).GroupBy(m => m.Place).Where(g => g.Count() > 1)
            .Select(g => g.ToList()).ToList();
        var pairs = new List<(PublicMessage, PublicMessage)>();
        for (var attempt = 0; pairs.Count < count && attempt < count * 50 && byPlace.Count > 0; attempt++)
        {
            var group = byPlace[random.Next(byPlace.Count)];
            var (a, b) = (group[random.Next(group.Count)], group[random.Next(group.Count)]);
            if ((a.Label == b.Label) == sameLabel && !ReferenceEquals(a, b) && a.Subject != b.Subject && !used.Contains(a) && !used.Contains(b))
            {
                used.Add(a);
                used.Add(b);
                pairs.Add((a, b));
            }
        }

        return pairs;
    }

    private async Task<Guid> RegisterAsync(PublicMessage message, int township, int category, CancellationToken ct)
    {
        var phone = $"139{(uint)StableHash(message.User) % 100_000_000:D8}";
        var subject = message.Subject.Length > 0 ? message.Subject : message.Detail;
        var request = new RegisterCaseRequest(Channel.WebsiteOrApp, clock.GetUtcNow(), CaseForm.Complaint, StatutoryClass.ClaimRequest, category, township, null,
            Clip(subject, RegistrationValidator.MaxSubjectLength), Clip(message.Detail, RegistrationValidator.MaxContentLength),
            [new PetitionerRequest("留言人", null, phone, null)]);
        var outcome = await register.HandleAsync(request, Actor.CommandLine, idempotencyKey: null, ct);
        db.ChangeTracker.Clear();
        return outcome.IsSuccess ? outcome.Value.Case.Id
            : throw new InvalidOperationException($"Registration refused: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
    }

    /// <summary>The finder alone, run again on cases already registered (its findings are not saved).</summary>
    private async Task<(double P50, double P95, int Samples)> TimeLookupsAsync(List<Guid> cases, CancellationToken ct)
    {
        var finder = new FindDuplicateCandidates(db, clock);
        var timings = new List<double>();
        foreach (var id in cases)
        {
            var @case = await db.Cases.AsNoTracking().Include(c => c.Petitioners).FirstAsync(c => c.Id == id, ct);
            var watch = Stopwatch.StartNew();
            await finder.RegisteredAsync([@case], ct);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            db.ChangeTracker.Clear();
        }

        timings.Sort();
        double P(int percentile) => timings.Count == 0 ? 0 : Math.Round(timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(percentile / 100.0 * timings.Count) - 1)], 2);
        return (P(50), P(95), timings.Count);
    }

    private static List<string> Sentences(string text) =>
        text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length >= 4).ToList();

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private static string Describe(string kind) => kind switch
    {
        "same-subject" => "同一标题、不同留言人（真实）",
        "repeat" => "同一留言人再次留言（真实）",
        "reworded" => "他人复述：去掉标题、隔句取半、倒序（构造）",
        "same-place-other-matter" => "同一地方、不同类别的事项（真实，带标签）",
        "same-place-same-category" => "同一地方、同一大类、不同留言（真实；几乎都是不同事项）",
        "other-place" => "相同内容、登记在另一乡镇（构造）",
        _ => kind,
    };
}
