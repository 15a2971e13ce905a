namespace WinsockErrors.Generator.Model;

/// <summary>A category of codes as the data file declares it.</summary>
internal sealed record CategoryModel(string Name, string Summary);
