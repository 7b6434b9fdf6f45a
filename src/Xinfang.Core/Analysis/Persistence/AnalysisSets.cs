using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Data;

namespace Xinfang.Core.Analysis;

/// <summary>The analysis module's tables on the platform's one context (mapped in this folder).</summary>
public static class AnalysisSets
{
    extension(XinfangDbContext db)
    {
        public DbSet<AnalysisWarning> AnalysisWarnings => db.Set<AnalysisWarning>();
        public DbSet<SensitivePeriod> SensitivePeriods => db.Set<SensitivePeriod>();
        public DbSet<SavedAnalysisView> SavedAnalysisViews => db.Set<SavedAnalysisView>();
    }
}
