using System.Text;

namespace Xinfang.Cli;

internal static class Terminal
{
    /// <summary>Writes the prompt to standard error and reads one line from the keyboard without echoing it
    /// (Backspace deletes); null when standard input is not a terminal.</summary>
    public static string? ReadSecret(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        Console.Error.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return text.ToString();
    }
}
