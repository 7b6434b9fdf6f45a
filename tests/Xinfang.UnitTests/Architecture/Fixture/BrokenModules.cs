// A miniature platform that breaks every architecture rule on purpose (see ArchitectureTests).
#pragma warning disable CA1822, CA1812, IDE0051

namespace ArchitectureFixture.Core.Data
{
    internal sealed class XinfangDbContext;
}

namespace ArchitectureFixture.Core.Cases
{
    internal sealed class Case
    {
        public ArchitectureFixture.Core.Finance.Budget? Budget { get; set; }               // Cases -> Finance
        public ArchitectureFixture.Core.Performance.Indicator? Indicator { get; set; }     // Cases -> Performance
        public Microsoft.AspNetCore.Http.HttpContext? Http { get; set; }                    // Core -> HTTP
        public ArchitectureFixture.Web.Page? Page { get; set; }                             // Core -> Web
    }
}

namespace ArchitectureFixture.Core.Finance
{
    internal sealed class Budget
    {
        public ArchitectureFixture.Core.Cases.Case? Case { get; set; }                     // Finance -> Cases: a loop
    }
}

namespace ArchitectureFixture.Core.Performance
{
    internal sealed class Indicator;
}

namespace ArchitectureFixture.Web
{
    internal sealed class Page
    {
        public ArchitectureFixture.Core.Data.XinfangDbContext? Db { get; set; }             // Web -> the context
    }
}
