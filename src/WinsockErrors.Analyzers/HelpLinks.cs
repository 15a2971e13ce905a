namespace WinsockErrors.Analyzers;

/// <summary>Where each rule's help page lives.</summary>
internal static class HelpLinks
{
    /// <summary>The repository's web address: the one place to change when it moves.</summary>
    internal const string RepositoryUrl = "https://github.com/WinsockErrors/WinsockErrors";

    /// <summary>The page of a rule, <c>docs/rules/&lt;id&gt;.md</c> on the main branch.</summary>
    internal static string For(string id) => RepositoryUrl + "/blob/main/docs/rules/" + id + ".md";
}
