using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xinfang.Core.Data;

namespace Xinfang.Migrations.Sqlite;

/// <summary>Used only by `dotnet ef migrations add`: no real key or database is needed to build the model.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<XinfangDbContext>
{
    public XinfangDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<XinfangDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db", null).Configure(options);
        options.UsePersonalDataProtection(new PersonalDataProtector(new byte[32]));
        return new XinfangDbContext(options.Options);
    }
}
