using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;

namespace Xinfang.UnitTests.Architecture;

public class ArchitectureTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Platform = new(() => new ArchLoader().LoadAssemblies(
        typeof(Core.XinfangCoreServices).Assembly,
        typeof(Documents.Charts.ChartRenderer).Assembly,
        typeof(Program).Assembly).Build());

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> BrokenFixture = new(() =>
        new ArchLoader().LoadAssemblies(typeof(ArchitectureTests).Assembly).Build());

    public static TheoryData<string> RuleNames => [.. ArchitectureRules.All("Xinfang").Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Platform_KeepsTheRule(string name)
    {
        ArchitectureRules.All("Xinfang").Single(r => r.Name == name).Rule.Check(Platform.Value);
    }

    [Fact]
    public void Platform_CoreModulesHaveNoLoops()
    {
        var loops = ArchitectureRules.ModuleLoops(Platform.Value, "Xinfang");
        Assert.True(loops.Count == 0, "Loops between Core modules:\n" + string.Join("\n", loops));
    }

    [Fact]
    public void DeliberateLoop_IsCaught()
    {
        var loops = ArchitectureRules.ModuleLoops(BrokenFixture.Value, "ArchitectureFixture");
        Assert.Contains(loops, loop => loop.StartsWith("Cases → Finance → Cases", StringComparison.Ordinal));
    }

    /// <summary>Each rule is shown to fail: the fixture namespace below breaks every one of them.</summary>
    [Theory]
    [MemberData(nameof(RuleNames))]
    public void DeliberateViolation_IsCaught(string name)
    {
        var rule = ArchitectureRules.All("ArchitectureFixture").Single(r => r.Name == name).Rule;
        Assert.False(rule.HasNoViolations(BrokenFixture.Value), $"“{name}” did not catch the planted violation.");
    }
}
