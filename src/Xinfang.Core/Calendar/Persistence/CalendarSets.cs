using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.Core.Calendar;

/// <summary>The calendar module's tables on the platform's one context (mapped in this folder).</summary>
public static class CalendarSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<StoredCalendarYear> CalendarYears => db.Set<StoredCalendarYear>();
        public DbSet<StoredDeadlineSettings> DeadlineSettings => db.Set<StoredDeadlineSettings>();
    }
}
