namespace WinsockErrors.Generator.Tests;

/// <summary>Small data files for the tests, built from a valid one with one thing changed.</summary>
internal static class SampleData
{
    public const string Valid = """
        {
          "categories": [
            { "name": "Success", "summary": "It worked." },
            { "name": "Socket", "summary": "Socket errors." }
          ],
          "errors": [
            {
              "name": "NO_ERROR", "code": 0, "title": "", "description": "",
              "message": "The operation completed successfully.", "category": "Success", "socketError": "Success",
              "retryAdvice": "Never", "retryReason": "Not a failure."
            },
            {
              "name": "WSAECONNRESET", "code": 10054, "title": "Connection reset by peer.",
              "description": "An existing connection was forcibly closed by the remote host. \"Quoted\" & <angled>.",
              "message": "An existing connection was forcibly closed by the remote host.",
              "category": "Socket", "aliases": ["ECONNRESET"],
              "errno": [ { "name": "ECONNRESET", "linux": 104, "macos": 54, "freebsd": 54, "windows-crt": 108 } ],
              "socketError": "ConnectionReset",
              "retryAdvice": "IfIdempotent", "retryReason": "Work may have reached the peer."
            },
            {
              "name": "WSAETIMEDOUT", "code": 10060, "title": "Connection timed out.", "description": "A connection attempt failed.",
              "message": "A connection attempt failed.", "category": "Socket", "aliases": [],
              "errno": [ { "name": "ETIMEDOUT", "linux": 110, "macos": 60, "freebsd": 60, "windows-crt": 138 } ],
              "socketError": "TimedOut", "transient": true, "timeout": true,
              "retryAdvice": "IfIdempotent", "retryReason": "The phase is unknown."
            }
          ]
        }
        """;

    /// <summary>A data file with one category, "Socket", and the given entries (see <see cref="Entry"/>).</summary>
    public static string FileWith(IEnumerable<string> entries) =>
        "{ \"categories\": [ { \"name\": \"Socket\", \"summary\": \"Socket errors.\" } ],\n  \"errors\": [\n" + string.Join(",\n", entries) + "\n] }";

    /// <summary>One entry of the "Socket" category; <paramref name="more"/> adds fields (start it with a comma).</summary>
    public static string Entry(string name, int code, string more = "") =>
        $$"""    { "name": "{{name}}", "code": {{code}}, "title": "T", "description": "", "message": "M", "category": "Socket", "retryAdvice": "Never", "retryReason": "R"{{more}} }""";

    /// <summary>The valid file with <paramref name="find"/> replaced once.</summary>
    public static string With(string find, string replace)
    {
        var index = Valid.IndexOf(find, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{find}' is not in the sample", nameof(find));
        }

        return string.Concat(Valid.AsSpan(0, index), replace, Valid.AsSpan(index + find.Length));
    }

    /// <summary>The 0-based line of the first occurrence of <paramref name="text"/> in <paramref name="json"/>.</summary>
    public static int LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n');
}
