using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Tests;

namespace Xinfang.UnitTests.Cases.Attachments;

public sealed class CaseAttachmentTests
{
    private static IReadOnlyList<AttachmentFile> Files(params (string Name, byte[] Bytes)[] files) =>
        AttachmentRules.Check(files.Select(f => new AttachmentUpload(f.Name, f.Bytes.Length, f.Bytes)).ToList(), new AttachmentSettings()).Files;

    [Fact]
    public void Attach_ToTheRegistration_FilesTheDocumentsUnderThatStep()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();

        c.Attach(c.Events[0], Files(("来信.pdf", SampleFiles.Pdf()), ("现场.png", SampleFiles.Png())), CaseScenario.Registrar, scenario.Now, 10);

        Assert.Equal(["来信.pdf", "现场.png"], c.Attachments.Select(a => a.FileName));
        Assert.All(c.Attachments, a => Assert.Same(c.Events[0], a.Event));
        Assert.All(c.Attachments, a => Assert.Equal(c.Id, a.CaseId));
        Assert.Equal([FileKind.Pdf, FileKind.Png], c.Attachments.Select(a => a.Kind));
        Assert.Equal(SampleFiles.Pdf(), c.Attachments[0].Content!.Bytes);
    }

    [Fact]
    public void Attach_ToAStepSomeoneElseTook_IsForbidden()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.Replied);
        var reply = c.Events.Last(e => e.Action == nameof(CaseAction.Reply));

        var code = CaseScenario.ErrorCode(() => c.Attach(reply, Files(("补充.pdf", SampleFiles.Pdf())), CaseScenario.Dispatcher, scenario.Now, 10));

        Assert.Equal("attachment.not_own_step", code);
        Assert.Empty(c.Attachments);
    }

    [Fact]
    public void Attach_BeyondWhatAStepMayCarry_IsRefused()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        c.Attach(c.Events[0], Files(("1.pdf", SampleFiles.Pdf()), ("2.pdf", SampleFiles.Pdf())), CaseScenario.Registrar, scenario.Now, 3);

        var code = CaseScenario.ErrorCode(() =>
            c.Attach(c.Events[0], Files(("3.pdf", SampleFiles.Pdf()), ("4.pdf", SampleFiles.Pdf())), CaseScenario.Registrar, scenario.Now, 3));

        Assert.Equal("attachment.too_many", code);
        Assert.Equal(2, c.Attachments.Count);
    }

    [Fact]
    public void AddAttachments_RecordsAStepNamingTheFiles_WithoutChangingStateOrVersion()
    {
        var scenario = new CaseScenario();
        var c = scenario.InState(CaseStatus.InProgress);
        var before = (c.Status, c.Version, Events: c.Events.Count);

        var step = c.AddAttachments(Files(("走访记录.docx", SampleFiles.Docx()), ("来电.mp3", SampleFiles.Mp3())), CaseScenario.Handler, scenario.Now, 10);

        Assert.Equal((before.Status, before.Version, before.Events + 1), (c.Status, c.Version, c.Events.Count));
        Assert.Equal(Case.AttachAction, step.Action);
        Assert.Equal((c.Status, c.Status), (step.FromStatus, step.ToStatus));
        Assert.Equal("补充附件：走访记录.docx、来电.mp3", step.Note);
        Assert.All(c.Attachments, a => Assert.Same(step, a.Event));
    }

    [Fact]
    public void AddAttachments_MoreThanAStepMayCarry_RecordsNothing()
    {
        var scenario = new CaseScenario();
        var c = scenario.Register();
        var events = c.Events.Count;

        var code = CaseScenario.ErrorCode(() => c.AddAttachments(Files(("1.pdf", SampleFiles.Pdf()), ("2.pdf", SampleFiles.Pdf())), CaseScenario.Registrar, scenario.Now, 1));

        Assert.Equal("attachment.too_many", code);
        Assert.Equal(events, c.Events.Count);
        Assert.Empty(c.Attachments);
    }
}
