using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>Emits <c>WsaErrorCategory</c> from the data file's list of categories.</summary>
internal static class CategoryEnumEmitter
{
    public const string HintName = "WsaErrorCategory.g.cs";

    public static string Emit(DataFileModel model)
    {
        var w = new CodeWriter();
        w.Line("namespace WinsockErrors;");
        w.Line();
        w.Line("/// <summary>The family a Winsock error code belongs to.</summary>");
        w.GeneratedCodeAttribute();
        w.Open("public enum WsaErrorCategory");
        for (var i = 0; i < model.Categories.Count; i++)
        {
            var category = model.Categories[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Line($"/// <summary>{CodeWriter.Xml(category.Summary)}</summary>");
            w.Line($"{category.Name} = {CodeWriter.Int(i)},");
        }

        w.Close();
        return w.ToString();
    }
}
