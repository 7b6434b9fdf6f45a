using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Xinfang.Core.Data;

/// <summary>Carries the personal-data key in the context's options. Pooled contexts are built from options alone,
/// and the model's encrypting converters need the key when the model is built. The model is built once per process
/// (one internal service provider whatever the key): a process works with one key, as the platform and the command
/// line do. Test hosts in one process share the first host's converters.</summary>
internal sealed class PersonalDataOptionsExtension(PersonalDataProtector protector) : IDbContextOptionsExtension
{
    public PersonalDataProtector Protector => protector;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "PersonalDataProtection ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Xinfang:PersonalDataProtection"] = "1";
    }
}

public static class PersonalDataOptions
{
    /// <summary>The key that encrypts petitioners' ID numbers, phones and addresses and keys their blind indexes.</summary>
    public static DbContextOptionsBuilder UsePersonalDataProtection(this DbContextOptionsBuilder options, PersonalDataProtector protector)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataOptionsExtension(protector));
        return options;
    }
}
