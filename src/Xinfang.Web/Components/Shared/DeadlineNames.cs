using Xinfang.Core.Calendar;

namespace Xinfang.Web.Components.Shared;

public static class DeadlineNames
{
    public static string Of(DeadlineStep step) => DeadlineStepNames.Of(step);
}
