using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Demo;

/// <summary>What the generator needs to know of the district: places, categories, units and acting staff.</summary>
internal sealed class DemoWorld
{
    public sealed record Township(Region Region, IReadOnlyList<Region> Villages, Unit Government);

    public required IReadOnlyList<Township> Townships { get; init; }
    public required IReadOnlyList<Category> Leaves { get; init; }
    public required IReadOnlyDictionary<string, Unit> UnitsByCode { get; init; }
    public required Unit Bureau { get; init; }
    public required Actor Registrar { get; init; }
    public required Actor Dispatcher { get; init; }
    public required Actor Supervisor { get; init; }
    public required IReadOnlyDictionary<int, Actor> HandlersByUnit { get; init; }
    public required IReadOnlyList<Actor> Leaders { get; init; }

    private static readonly (Channel Channel, double Weight)[] ChannelWeights =
    [
        (Channel.Hotline12345, 0.34), (Channel.Hotline96097, 0.16), (Channel.ProvincialOnline, 0.12), (Channel.Visit, 0.09),
        (Channel.Letter, 0.05), (Channel.MayorMailbox, 0.05), (Channel.SecretaryMailbox, 0.03), (Channel.DistrictHeadMailbox, 0.03),
        (Channel.PeoplesDailyBoard, 0.03), (Channel.WenzhengSichuan, 0.03), (Channel.MalaCommunity, 0.02), (Channel.WebsiteOrApp, 0.02),
        (Channel.HigherAssigned, 0.02), (Channel.VideoVisit, 0.01),
    ];

    public Channel PickChannel(Random random)
    {
        var roll = random.NextDouble() * ChannelWeights.Sum(c => c.Weight);
        foreach (var (channel, weight) in ChannelWeights)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return channel;
            }
        }

        return Channel.Hotline12345;
    }

    public UnitRef Ref(Unit unit) => new(unit.Id, unit.RegionId, unit.Name);

    public Actor HandlerOf(Unit unit) => HandlersByUnit.TryGetValue(unit.Id, out var actor)
        ? actor
        : new Actor(0, $"{unit.Name}承办人", new HashSet<string> { Roles.Handler }, unit.Id, DataScope.For(unit));

    public static async Task<DemoWorld> LoadAsync(XinfangDbContext db, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        if (units.Count == 0 || categories.Count == 0)
        {
            throw new InvalidOperationException("The district is empty: seed the demo district before generating cases.");
        }

        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var userRoles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var unitById = units.ToDictionary(u => u.Id);
        Actor ActorOf(AppUser user) => new(user.Id, user.UserName!,
            userRoles.Where(r => r.UserId == user.Id).Select(r => r.Name!).ToHashSet(), user.UnitId, DataScope.For(unitById[user.UnitId]))
        {
            DisplayName = user.DisplayName,
        };
        Actor FirstIn(string role) => users.Select(ActorOf).FirstOrDefault(a => a.IsIn(role)) ?? Actor.System;

        var townships = regions.Where(r => r.Kind == RegionKind.Township)
            .Select(t => new Township(t, regions.Where(v => v.ParentId == t.Id).ToList(), units.First(u => u.Kind == UnitKind.Township && u.RegionId == t.Id)))
            .ToList();
        return new DemoWorld
        {
            Townships = townships,
            Leaves = categories.Where(c => c.ParentId != null).ToList(),
            UnitsByCode = units.ToDictionary(u => u.Code),
            Bureau = units.First(u => u.Kind == UnitKind.Bureau),
            Registrar = FirstIn(Roles.Registrar),
            Dispatcher = FirstIn(Roles.Dispatcher),
            Supervisor = FirstIn(Roles.Supervisor),
            HandlersByUnit = users.Select(ActorOf).Where(a => a.IsIn(Roles.Handler)).GroupBy(a => a.UnitId).ToDictionary(g => g.Key, g => g.First()),
            Leaders = users.Select(ActorOf).Where(a => a.IsIn(Roles.Leader)).OrderBy(a => a.UserId).ToList(),
        };
    }
}
