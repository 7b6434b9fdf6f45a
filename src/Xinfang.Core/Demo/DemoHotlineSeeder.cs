using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Hotline;
using Xinfang.Core.Hotline.Features;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Demo;

/// <summary>
/// The demo hotline: five seats, ten agents of the operator (the first is the demo registrar's account), a year's roster
/// (早班 five seats, 中班 four, 夜班 two) and a year of calls consistent with the demo's 96097 matters — each matter's
/// call, the caller's follow-up calls and other people's consultations (about five calls a matter), thinner and
/// slower at night, some abandoned or busy — written as a real Master.csv and imported through the same path as an
/// exchange's file; the matters' calls linked to them and consultations answered directly.
/// </summary>
public sealed class DemoHotlineSeeder(XinfangDbContext db, ImportCallRecords importer, IEnumerable<ICdrFileReader> readers, TimeProvider clock)
{
    private static readonly string[] AgentNames = ["李晓燕", "王丽", "陈静", "刘芳", "张敏", "杨洁", "赵雪", "黄婷", "周颖", "吴倩"];
    private static readonly int[] SeatsPerShift = [2, 5, 4]; // 夜班 0–8, 早班 8–16, 中班 16–24

    private static readonly string[] Answers =
    [
        "已告知来电人该事项的办理单位和联系电话，来电人表示理解。",
        "已解释相关政策规定和办理流程，来电人无其他诉求。",
        "已告知来电人可通过群众门户凭编号和查询码查询办理进度。",
        "已告知来电人应向所在乡镇（街道）便民服务中心咨询办理。",
    ];

    public async Task<bool> SeedAsync(int seed, CancellationToken ct = default)
    {
        if (readers.FirstOrDefault() is not { } reader || await db.HotlineSeats.AnyAsync(ct))
        {
            return false;
        }

        var random = new Random(seed);
        var now = clock.GetUtcNow();
        for (var seat = 1; seat <= 5; seat++)
        {
            db.HotlineSeats.Add(new HotlineSeat(seat, $"SIP/800{seat}"));
        }

        var registrar = await db.Users.Where(u => u.UserName == "registrar").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var agents = AgentNames.Select((name, i) => new HotlineAgent($"RH{i + 1:000}", name, i == 0 ? registrar : null)).ToList();
        db.HotlineAgents.AddRange(agents);
        await db.SaveChangesAsync(ct);

        var firstDay = ChinaTime.DateOf(now).AddDays(-366);
        var roster = new List<SeatAssignment>();
        for (var day = firstDay; day <= ChinaTime.DateOf(now).AddDays(7); day = day.AddDays(1))
        {
            for (var shift = 0; shift < 3; shift++)
            {
                var from = new DateTimeOffset(day.ToDateTime(new TimeOnly(shift * 8, 0)), ChinaTime.Offset);
                var offset = (day.DayNumber * 3 + shift) % agents.Count;
                for (var seat = 1; seat <= SeatsPerShift[shift]; seat++)
                {
                    roster.Add(new SeatAssignment(agents[(offset + seat - 1) % agents.Count].Id, seat, from, from.AddHours(8)));
                }
            }
        }

        db.HotlineSeatAssignments.AddRange(roster);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var matters = await db.Cases.AsNoTracking().Where(c => c.Channel == Channel.Hotline96097)
            .Select(c => new { c.Id, c.ReceivedAt, Phone = c.Petitioners.Select(p => p.Phone).FirstOrDefault() }).ToListAsync(ct);
        var lines = new StringBuilder();
        var serial = 0;
        var caseCalls = new Dictionary<string, Guid>();
        var consultations = new List<string>();
        string Call(DateTimeOffset start, string caller, bool mayFail)
        {
            var local = start.ToOffset(ChinaTime.Offset);
            var shift = local.Hour / 8;
            var night = shift == 0;
            var roll = random.NextDouble();
            var disposition = !mayFail ? "ANSWERED" : roll < 0.02 ? "BUSY" : roll < (night ? 0.15 : 0.07) ? "NO ANSWER" : "ANSWERED";
            var wait = (int)Math.Min(180, -Math.Log(1 - random.NextDouble()) * (night ? 25 : 12));
            var talk = disposition == "ANSWERED" ? random.Next(60, 600) : 0;
            var seat = random.Next(1, SeatsPerShift[shift] + 1);
            var answer = disposition == "ANSWERED" ? start.AddSeconds(wait) : (DateTimeOffset?)null;
            var end = answer?.AddSeconds(talk) ?? start.AddSeconds(disposition == "BUSY" ? 1 : wait);
            var id = $"{start.ToUnixTimeSeconds()}.{++serial}";
            var survey = answer is not null && random.NextDouble() < 0.4
                ? random.NextDouble() switch { < 0.6 => 5, < 0.85 => 4, < 0.95 => 3, < 0.98 => 2, _ => 1 }
                : (int?)null;
            string[] fields =
            [
                "", caller, "96097", "from-pstn", $"\"{caller}\" <{caller}>", $"SIP/trunk-{serial:x8}", disposition == "BUSY" ? "" : $"SIP/800{seat}-{serial:x8}",
                "Dial", $"SIP/800{seat},30", Time(start), answer is { } a ? Time(a) : "", Time(end),
                ((int)(end - start).TotalSeconds).ToString(CultureInfo.InvariantCulture), talk.ToString(CultureInfo.InvariantCulture), disposition,
                "DOCUMENTATION", id, answer is null ? "" : $"rec=/var/spool/asterisk/monitor/{id}.wav" + (survey is { } s ? $";survey={s}" : ""),
            ];
            lines.Append(string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append('\n');
            return disposition == "ANSWERED" ? id : "";
        }

        foreach (var matter in matters)
        {
            var phone = matter.Phone ?? RandomPhone(random);
            var answered = Call(matter.ReceivedAt.AddMinutes(-random.Next(3, 12)), phone, mayFail: false);
            caseCalls[answered] = matter.Id;
            for (var i = random.Next(0, 3); i > 0; i--)
            {
                var later = matter.ReceivedAt.AddHours(random.Next(24, 24 * 30));
                if (later < now)
                {
                    Call(later, phone, mayFail: true);
                }
            }

            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var id = Call(RandomTime(random, now), RandomPhone(random), mayFail: true);
                if (id.Length > 0 && random.NextDouble() < 0.6)
                {
                    consultations.Add(id);
                }
            }
        }

        using var file = new MemoryStream(Encoding.UTF8.GetBytes(lines.ToString()));
        var imported = await importer.HandleAsync(reader.Read(file), Actor.System, null, ct);

        var direct = consultations.ToHashSet();
        foreach (var call in await db.HotlineCalls.ToListAsync(ct))
        {
            if (caseCalls.TryGetValue(call.UniqueId, out var caseId))
            {
                call.LinkCase(caseId, (call.EndAt ?? now).AddMinutes(2));
            }
            else if (direct.Contains(call.UniqueId))
            {
                var at = (call.EndAt ?? now).AddMinutes(1);
                db.HotlineDirectAnswers.Add(new DirectAnswer(call.Id, Answers[random.Next(Answers.Length)], null, null, registrar ?? 0, "李晓燕", at));
                call.Outcome(at);
            }
        }

        // The import marked every hour of these calls; the outcomes above change hours among them: sum them now.
        await db.SaveChangesAsync(ct);
        await importer.SummariseAsync(imported.Value, null, ct);
        return true;
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string RandomPhone(Random random) => $"1{random.Next(3, 10)}{random.Next(0, 10)}{random.Next(10000000, 100000000):00000000}";

    /// <summary>A moment of the past year, more often in the day than at night.</summary>
    private static DateTimeOffset RandomTime(Random random, DateTimeOffset now)
    {
        var day = now.AddDays(-random.Next(1, 365));
        var local = day.ToOffset(ChinaTime.Offset);
        var hour = random.NextDouble() < 0.85 ? random.Next(8, 22) : random.Next(0, 24);
        return new DateTimeOffset(local.Year, local.Month, local.Day, hour, random.Next(0, 60), random.Next(0, 60), ChinaTime.Offset);
    }
}
