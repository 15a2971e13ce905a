using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Analyzers;

namespace WinsockErrors.Analyzers.CodeFixes;

/// <summary>
/// What the four fixes share: a fix is a set of node replacements plus imports, so one diagnostic and Fix All (in a
/// document, project or solution) go through the same code, and Fix All edits each document once.
/// </summary>
public abstract class WinsockCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || KnownSymbols.Create(model.Compilation) is not { } symbols)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var edits = new DocumentEdits(model, symbols);
            var title = AddEdits(edits, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), context.CancellationToken);
            if (title is not null && !edits.IsEmpty)
            {
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => FixAsync(document, new[] { diagnostic }, token)!, equivalenceKey: FixableDiagnosticIds[0]),
                    diagnostic);
            }
        }
    }

    /// <summary>Adds the replacements that fix the diagnostic reported on <paramref name="node"/>.</summary>
    /// <returns>The fix's title, or <see langword="null"/> when this occurrence cannot be fixed safely.</returns>
    private protected abstract string? AddEdits(DocumentEdits edits, SyntaxNode node, CancellationToken cancellationToken);

    private async Task<Document?> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || KnownSymbols.Create(model.Compilation) is not { } symbols)
        {
            return document;
        }

        var edits = new DocumentEdits(model, symbols);
        foreach (var diagnostic in diagnostics)
        {
            AddEdits(edits, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), cancellationToken);
        }

        // Through text, so the document holds the tree the parser makes of it: `x is WsaError.WSAELOOP` reads back
        // as a type test that binds to the constant, not as the constant pattern the fix built.
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(SourceText.From(edits.Apply(root).ToFullString(), text.Encoding, text.ChecksumAlgorithm));
    }
}
