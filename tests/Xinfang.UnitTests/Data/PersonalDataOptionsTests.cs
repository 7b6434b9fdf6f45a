using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;

namespace Xinfang.UnitTests.Data;

public sealed class PersonalDataOptionsTests
{
    [Fact]
    public void A_context_without_a_personal_data_key_is_refused()
    {
        var options = new DbContextOptionsBuilder<XinfangDbContext>().UseSqlite("Data Source=:memory:").Options;

        var error = Assert.Throws<InvalidOperationException>(() => new XinfangDbContext(options));
        Assert.Contains("UsePersonalDataProtection", error.Message);
    }

    [Fact]
    public void The_key_in_the_options_is_the_contexts_key()
    {
        var protector = new PersonalDataProtector(new byte[32]);
        var options = new DbContextOptionsBuilder<XinfangDbContext>().UseSqlite("Data Source=:memory:").UsePersonalDataProtection(protector).Options;

        using var db = new XinfangDbContext((DbContextOptions<XinfangDbContext>)options);
        Assert.Same(protector, db.Protector);
    }
}
