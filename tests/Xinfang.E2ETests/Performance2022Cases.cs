using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.E2ETests;

/// <summary>Cases received in 2022 (the sample's fiscal year; the demo cases are of the last twelve months), put
/// through the aggregate into the app's database: 满意, 满意, 基本满意, 不满意, and one answered but not rated.</summary>
public static class Performance2022Cases
{
    public const int Rated = 4;
    public const int Satisfied = 3;
    public const int Received = 5;

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XinfangDbContext>();
        var policy = scope.ServiceProvider.GetRequiredService<DeadlinePolicy>();
        var category = await db.Categories.Where(c => c.Name == "欠薪").Select(c => c.Id).SingleAsync();
        var region = await db.Regions.Where(r => r.Name == "仁和镇").Select(r => r.Id).SingleAsync();
        var unit = await db.Units.Where(u => u.Name == "仁和镇人民政府").Select(u => u.Id).SingleAsync();
        var system = new Actor(0, "system", new HashSet<string>(Roles.All), 0, DataScope.Everything);
        var township = new UnitRef(unit, region, "仁和镇人民政府");
        Satisfaction?[] ratings = [Satisfaction.Satisfied, Satisfaction.Satisfied, Satisfaction.FairlySatisfied, Satisfaction.Unsatisfied, null];
        for (var n = 0; n < ratings.Length; n++)
        {
            DateTimeOffset On(int month, int day) => new(2022, month, day, 10, 0, 0, ChinaTime.Offset);
            var received = On(3 + n, 7);
            var intake = new CaseIntake(Channel.Hotline12345, received, CaseForm.Complaint, StatutoryClass.ClaimRequest, category, region, null, "绩效绑定演示", "群众满意度绑定演示");
            var c = Case.Register(intake, $"E2E2022-{n + 1:000000}", [], system, received, policy);
            c.Dispatch(system, received, Disposal.Forward, township, [], null, policy);
            c.Sign(system, received, policy);
            c.Accept(system, On(3 + n, 9), policy);
            c.Reply(system, On(3 + n, 28), "答复", policy);
            if (ratings[n] is { } rating)
            {
                c.Callback(system, On(4 + n, 2), rating, null, policy);
                c.Close(system, On(4 + n, 3));
            }
            db.Cases.Add(c);
        }
        await db.SaveChangesAsync();
    }
}
