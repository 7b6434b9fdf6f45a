using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Xinfang.Cli;
using Xinfang.Web.Api;

namespace Xinfang.IntegrationTests.Admin;

/// <summary>The real `xinfang` command, parsing included, run in-process against an app's database with the standard
/// input and terminal a test gives it; and sign-in over HTTP to see what it did.</summary>
internal static class CommandLine
{
    public sealed record Run(int Exit, string Output, string Error);

    /// <summary>Runs <c>xinfang args…</c>; <paramref name="stdin"/> is what standard input holds.</summary>
    public static Task<Run> RunAsync(XinfangApp app, string stdin, params string[] args) =>
        RunAsync(app, new FakeTerminal(), stdin, args);

    public static async Task<Run> RunAsync(XinfangApp app, FakeTerminal terminal, string stdin, params string[] args)
    {
        var context = new CliContext(app.Settings, new StringReader(stdin), terminal.ReadSecret);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandCatalog.Root(context).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return new Run(exit, output.ToString(), error.ToString());
    }

    public static Task<HttpResponseMessage> TokenAsync(XinfangApp app, string userName, string password) =>
        app.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password }, TestContext.Current.CancellationToken);

    /// <summary>A client signed in with the password, through the token endpoint; fails the test if refused.</summary>
    public static async Task<(HttpClient Client, TokenResponse Token)> SignInAsync(XinfangApp app, string userName, string password)
    {
        var response = await TokenAsync(app, userName, password);
        Assert.True(response.IsSuccessStatusCode, $"{userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>(Json.Options))!;
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return (client, token);
    }

    public static string Tag() => Guid.NewGuid().ToString("N")[..8];
}

/// <summary>A keyboard that types the given lines at the prompts in turn; with none left it is no terminal at all.</summary>
internal sealed class FakeTerminal(params string[] lines)
{
    private readonly Queue<string> _lines = new(lines);

    public List<string> Prompts { get; } = [];

    public string? ReadSecret(string prompt)
    {
        Prompts.Add(prompt);
        return _lines.TryDequeue(out var line) ? line : null;
    }
}
