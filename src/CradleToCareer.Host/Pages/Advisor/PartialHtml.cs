using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CradleToCareer.Host.Pages.Advisor;

/// <summary>
/// Renders a partial of the pages to a string, for a live update: the same Razor partial the page renders in place,
/// so a pushed section is the page's own markup, HTML-encoded the same way.
/// </summary>
internal sealed class PartialHtml(IRazorViewEngine views, IModelMetadataProvider metadata, ITempDataProvider tempData)
{
    public async Task<string> RenderAsync<TModel>(ActionContext context, string path, TModel model)
    {
        var view = views.GetView(executingFilePath: null, path, isMainPage: false).View
            ?? throw new InvalidOperationException($"The partial {path} is missing.");
        var data = new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model };
        await using var writer = new StringWriter();
        var viewContext = new ViewContext(
            context, view, data, new TempDataDictionary(context.HttpContext, tempData), writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return writer.ToString();
    }
}
