namespace Xinfang.Cli;

/// <summary>What a command reads besides its arguments: settings laid over the environment variables, standard
/// input, and the terminal for secrets. <see cref="Default"/> in the program; tests pass their own.</summary>
/// <param name="Settings">Configuration over the environment (e.g. ConnectionStrings:Xinfang); a command's own
/// settings go over these.</param>
/// <param name="Input">Standard input (<c>--password-stdin</c>).</param>
/// <param name="ReadSecret">Asks on the terminal with the given prompt and reads a line without echo; null when
/// there is no terminal to ask.</param>
internal sealed record CliContext(IReadOnlyDictionary<string, string?> Settings, TextReader Input, Func<string, string?> ReadSecret)
{
    /// <summary>The process's own environment, standard input and terminal.</summary>
    public static CliContext Default { get; } = new(new Dictionary<string, string?>(), Console.In, Terminal.ReadSecret);

    /// <summary>The platform's services for one command, configured by the environment, these settings and then
    /// <paramref name="overrides"/>.</summary>
    public Microsoft.Extensions.DependencyInjection.ServiceProvider Services(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return CliHost.Build(settings);
    }
}
