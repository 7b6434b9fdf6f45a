using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Hotline;

/// <summary>The hotline module's tables on the platform's one context (mapped in this folder).</summary>
public static class HotlineSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<CallRecord> HotlineCalls => db.Set<CallRecord>();
        public DbSet<HotlineSeat> HotlineSeats => db.Set<HotlineSeat>();
        public DbSet<HotlineAgent> HotlineAgents => db.Set<HotlineAgent>();
        public DbSet<SeatAssignment> HotlineSeatAssignments => db.Set<SeatAssignment>();
        public DbSet<DirectAnswer> HotlineDirectAnswers => db.Set<DirectAnswer>();
        public DbSet<HourFigures> HotlineHourFigures => db.Set<HourFigures>();
    }
}
