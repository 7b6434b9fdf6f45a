using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.UnitTests.Organisation;

public sealed class OrganisationDirectoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsSelectable_WhenTheTopLevelCategoryIsInactive_IsFalseForItsActiveChildren()
    {
        var top = new Category("C01", "城乡建设");
        var child = new Category("C0101", "物业管理", parentId: 1);
        var names = Snapshot((1, top), (2, child));

        Assert.True(names.IsSelectable(child));
        top.SetActive(false);
        Assert.False(names.IsSelectable(child));
        Assert.False(names.IsSelectable(top));
    }

    [Fact]
    public void IsSelectable_WhenTheCategoryItselfIsInactive_IsFalseButItsNameStillShows()
    {
        var top = new Category("C01", "城乡建设");
        var child = new Category("C0101", "物业管理", parentId: 1);
        var names = Snapshot((1, top), (2, child));

        child.SetActive(false);

        Assert.False(names.IsSelectable(child));
        Assert.True(names.IsSelectable(top));
        Assert.Equal("城乡建设 / 物业管理", names.CategoryPath(2));
    }

    private static OrganisationDirectory.Snapshot Snapshot(params (int Id, Category Category)[] categories) =>
        new(new Dictionary<int, Unit>(), new Dictionary<int, Region>(), categories.ToDictionary(c => c.Id, c => c.Category), Now);
}
