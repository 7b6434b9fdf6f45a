namespace Xinfang.Core.Calendar;

public static class DeadlineStepNames
{
    public static string Of(DeadlineStep step) => step switch
    {
        DeadlineStep.Dispose => "转送、交办或自办",
        DeadlineStep.Sign => "签收",
        DeadlineStep.Accept => "决定是否受理",
        DeadlineStep.Reply => "办理答复",
        DeadlineStep.Redo => "重办答复",
        DeadlineStep.Callback => "回访",
        DeadlineStep.ReviewRequest => "申请复查",
        DeadlineStep.ReviewAnswer => "复查答复",
        DeadlineStep.ReReviewRequest => "申请复核",
        DeadlineStep.ReReviewAnswer => "复核答复",
        _ => step.ToString(),
    };
}
