using Xinfang.Core.Cases;
using Xinfang.Core.Calendar;

namespace Xinfang.Web.Components.Shared;

public static class DeadlineNames
{
    public static string Of(DeadlineStep step) => CaseNames.Of(step);
}
