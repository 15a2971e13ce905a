using System.Collections.Generic;
using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>
/// Emits the texts of <c>localized-messages.json</c> as <c>LocalizedMessage</c> values, in file order. The library
/// normalises them (and the English system messages) the first time a message is looked up: how a text is read lives
/// there, once.
/// </summary>
internal static class LocalizedMessagesEmitter
{
    public const string HintName = "WsaErrors.LocalizedMessages.g.cs";

    public static string Emit(LocalizedMessagesModel messages, DataFileModel data)
    {
        var known = new HashSet<int>(data.Entries.Select(e => e.Code));
        var w = new CodeWriter().OpenWsaErrors();
        w.Line("/// <summary>Every text of localized-messages.json whose code the table holds.</summary>");
        w.Open("private static global::WinsockErrors.LocalizedMessage[] CreateLocalizedMessages() => new global::WinsockErrors.LocalizedMessage[]");
        foreach (var message in messages.Messages.Where(m => known.Contains(m.Code)))
        {
            w.Line($"new({CodeWriter.Int(message.Code)}, {CodeWriter.Literal(message.Language)}, {CodeWriter.Literal(message.Text)}, {CodeWriter.Bool(message.Partial)}, {CodeWriter.Literal(message.Kind)}),");
        }

        return w.Close(";").Close().ToString();
    }
}
