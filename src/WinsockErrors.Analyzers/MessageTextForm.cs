namespace WinsockErrors.Analyzers;

/// <summary>How a check tests a message against its string, which decides how the string is matched with the data's texts.</summary>
internal enum MessageTextForm
{
    /// <summary><c>Contains</c>, <c>StartsWith</c>, <c>EndsWith</c>, <c>IndexOf</c>: the string is a part of the message.</summary>
    Part,

    /// <summary><c>==</c>, <c>Equals</c>, a switch or pattern: the string is the whole message.</summary>
    Whole,

    /// <summary><c>Regex.IsMatch</c>: the pattern's literal runs are parts of the message.</summary>
    Pattern,
}
