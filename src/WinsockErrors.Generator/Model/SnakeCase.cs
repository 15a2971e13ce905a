using System.Text;

namespace WinsockErrors.Generator.Model;

/// <summary>Turns a PascalCase enum member name into snake_case.</summary>
internal static class SnakeCase
{
    /// <summary>
    /// A word starts at an upper-case letter after a lower-case letter or digit, and at the last upper-case letter of
    /// a run that a lower-case letter follows: <c>TimedOut</c> gives <c>timed_out</c>, <c>IOPending</c> <c>io_pending</c>.
    /// </summary>
    public static string From(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                var previous = pascal[i - 1];
                var nextIsLower = i + 1 < pascal.Length && char.IsLower(pascal[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    text.Append('_');
                }
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
