using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Cases.Persistence;

namespace Xinfang.Core.Demo;

/// <summary>
/// Generates a year of realistic cases through the real aggregate: each case walks its lifecycle with
/// randomised delays (some late, some never finished), stopping at "now", so queues, overdue lists and
/// the three rates come out of the same rules as real work.
/// </summary>
public sealed class DemoCaseGenerator(XinfangDbContext db, TimeProvider clock, DeadlinePolicyProvider policies, DistrictOptions district)
{
    private const int BatchSize = 2000;

    /// <param name="texts">Subjects and contents to draw from instead of the demo templates (<see cref="DemoTextFile"/>).</param>
    public async Task<int> GenerateAsync(int count, int seed, IProgress<int>? progress = null,
        IReadOnlyList<(string Subject, string Content)>? texts = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var world = await DemoWorld.LoadAsync(db, ct);
        var random = new Random(seed);
        var now = clock.GetUtcNow();
        var start = now.AddDays(-365);
        var received = Enumerable.Range(0, count)
            .Select(_ => start.AddMinutes(random.NextDouble() * (now - start).TotalMinutes))
            .Order()
            .ToList();

        var serials = new Dictionary<int, Queue<int>>();
        foreach (var year in received.GroupBy(r => ChinaTime.DateOf(r).Year))
        {
            serials[year.Key] = new Queue<int>(await CaseNumbers.ReserveAsync(db, year.Key, year.Count(), ct));
        }

        var writer = new BulkWriter(db);
        var done = 0;
        var recent = new List<(PetitionerInfo Person, int CategoryId, string Content)>();
        foreach (var batch in received.Chunk(BatchSize))
        {
            var cases = batch.Select(at =>
            {
                var year = ChinaTime.DateOf(at).Year;
                var number = CaseNumberSequence.Format(district.CasePrefix, year, serials[year].Dequeue());
                return MakeCase(world, random, at, now, number, recent, texts);
            }).ToList();
            await writer.WriteCasesAsync(cases, ct);
            done += batch.Length;
            progress?.Report(done);
        }

        // Fresh statistics (and, on PostgreSQL, the visibility map for index-only scans) after a bulk load.
        await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "VACUUM (ANALYZE) \"Cases\", \"CaseUnits\", \"Petitioners\", \"CaseEvents\"" : "ANALYZE", ct);
        db.AuditEntries.Add(new AuditEntry(now, 0, "system", "DemoGenerate", nameof(Case), null, null, $"生成演示信访事项{count}件（随机种子{seed}）"));
        await db.SaveChangesAsync(ct);
        return count;
    }

    private Case MakeCase(DemoWorld w, Random random, DateTimeOffset receivedAt, DateTimeOffset now, string number, List<(PetitionerInfo, int, string)> recent,
        IReadOnlyList<(string Subject, string Content)>? texts)
    {
        var township = w.Townships[random.Next(w.Townships.Count)];
        var village = township.Villages[random.Next(township.Villages.Count)];
        var category = w.Leaves[random.Next(w.Leaves.Count)];
        var place = $"{township.Region.Name}{village.Name}";
        var (subject, content) = DemoCaseTexts.For(category.Name, place, random);
        if (texts is not null)
        {
            (subject, content) = texts[random.Next(texts.Count)];
        }
        var statutoryClass = random.NextDouble() switch { < 0.2 => StatutoryClass.SuggestionOpinion, < 0.35 => StatutoryClass.Accusation, _ => StatutoryClass.ClaimRequest };
        var form = statutoryClass switch
        {
            StatutoryClass.SuggestionOpinion => random.Next(3) switch { 0 => CaseForm.Suggestion, 1 => CaseForm.Opinion, _ => CaseForm.Consultation },
            StatutoryClass.Accusation => random.Next(2) == 0 ? CaseForm.Report : CaseForm.Complaint,
            _ => random.Next(3) == 0 ? CaseForm.Help : CaseForm.Complaint,
        };
        var people = random.NextDouble() < 0.04 ? random.Next(5, 40) : random.Next(1, 3);

        var isRepeat = recent.Count > 20 && random.NextDouble() < 0.05;
        PetitionerInfo person;
        var categoryId = category.Id;
        if (isRepeat)
        {
            var earlier = recent[random.Next(recent.Count)];
            (person, categoryId, content) = earlier;
        }
        else
        {
            person = NewPerson(random, place);
            recent.Add((person, categoryId, content));
            if (recent.Count > 2000)
            {
                recent.RemoveAt(0);
            }
        }

        var petitioners = new List<Petitioner> { new(person, db.Protector.BlindIndex(person.IdNumber), db.Protector.BlindIndex(person.Phone)) };
        var channel = w.PickChannel(random);
        var skipLevel = random.NextDouble() < 0.01 ? SkipLevel.ToCity : SkipLevel.None;
        var isKeyCase = random.NextDouble() < 0.01;
        var isUrgent = random.NextDouble() < 0.02;
        var intake = new CaseIntake(channel, receivedAt, form, statutoryClass, categoryId, township.Region.Id, village.Id,
            subject, content, people, SkipLevel: skipLevel, IsRepeat: isRepeat, IsKeyCase: isKeyCase,
            KeyCaseLeaderUserId: isKeyCase ? KeyCaseLeader(w, number) : null, IsUrgent: isUrgent);
        var policy = policies.Current;
        var @case = Case.Register(intake, number, petitioners, w.Registrar, receivedAt, policy);
        new DemoLifecycle(@case, w, random, now, policy).Run(township, category.Name);
        return @case;
    }

    /// <summary>领导包案: three in four key cases are owned by a district leader from intake, in turn by serial number
    /// (no draw from the random sequence, so the rest of the demo data stays as it was); the others await a leader.</summary>
    private static int? KeyCaseLeader(DemoWorld w, string number)
    {
        var serial = int.Parse(number[^6..], System.Globalization.CultureInfo.InvariantCulture);
        return w.Leaders.Count == 0 || serial % 4 == 0 ? null : w.Leaders[serial % w.Leaders.Count].UserId;
    }

    private static PetitionerInfo NewPerson(Random random, string place)
    {
        var name = DemoCaseTexts.Surnames[random.Next(DemoCaseTexts.Surnames.Length)] + DemoCaseTexts.GivenNames[random.Next(DemoCaseTexts.GivenNames.Length)];
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 55));
        var id = ChineseIdNumber.Make("510411", birth, random.Next(1000));
        var phone = $"1{random.Next(3, 10)}{random.Next(0, 1_000_000_000):000000000}";
        return new PetitionerInfo(name, id, phone, $"{place}{random.Next(1, 12)}组{random.Next(1, 80)}号");
    }
}
