using System.Text.RegularExpressions;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using k8s;
using k8s.Models;
using Orleans.Hosting.Kubernetes;

namespace CradleToCareer.Host.Tests.Deploy;

/// <summary>
/// <c>deploy/k8s</c> is valid Kubernetes YAML and agrees with the host: the probes ask routes a real host answers, the
/// ports are the image's, every variable set is one the host or Orleans reads, and the selectors pick the silos.
/// </summary>
public sealed class KubernetesManifestTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private readonly KubernetesManifests _manifests = KubernetesManifests.Load();

    [Fact]
    public void Every_file_holds_known_kinds_in_one_namespace_and_the_kustomization_lists_every_file()
    {
        var kinds = _manifests.Resources.Select(resource => ((IKubernetesObject)resource).Kind).Order(StringComparer.Ordinal);
        var ns = _manifests.Single<V1Namespace>().Metadata.Name;
        var image = Assert.Single(_manifests.Kustomization.Images);

        Assert.Equal(["Deployment", "Job", "Namespace", "PodDisruptionBudget", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"], kinds);
        Assert.Equal(_manifests.ResourcesByFile.Keys.Order(StringComparer.Ordinal), _manifests.Kustomization.Resources.Order(StringComparer.Ordinal));
        Assert.All(
            _manifests.Resources.OfType<IMetadata<V1ObjectMeta>>().Where(resource => resource is not V1Namespace),
            resource => Assert.Equal(ns, resource.Metadata.NamespaceProperty));
        Assert.All([_manifests.Silo.Image, _manifests.Migrator.Image], used => Assert.StartsWith(image.Name + ":", used, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_probes_ask_routes_a_real_host_answers_on_the_http_port()
    {
        var silo = _manifests.Silo;
        var probes = new[] { silo.StartupProbe, silo.LivenessProbe, silo.ReadinessProbe };

        Assert.Equal(["/health/live", "/health/live", "/health/ready"], probes.Select(probe => probe.HttpGet.Path));
        foreach (var probe in probes)
        {
            Assert.Equal("http", probe.HttpGet.Port.Value);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await service.Anonymous.GetAsync(probe.HttpGet.Path)).StatusCode);
        }
    }

    [Fact]
    public void The_ports_are_the_ones_the_image_exposes_and_the_host_is_told_to_use()
    {
        var dockerfile = File.ReadAllText(RepositoryFolder.PathOf("Dockerfile"));
        var exposed = Regex.Match(dockerfile, @"^EXPOSE (.+)$", RegexOptions.Multiline).Groups[1].Value.Split(' ').Select(int.Parse);
        var ports = _manifests.Silo.Ports.ToDictionary(port => port.Name, port => port.ContainerPort);
        var api = Assert.Single(_manifests.Single<V1Service>().Spec.Ports);

        Assert.Equal(exposed.Order(), ports.Values.Order());
        Assert.Equal(ports["http"].ToString(), KubernetesManifests.Variable(_manifests.Silo, "ASPNETCORE_HTTP_PORTS").Value);
        Assert.Equal(ports["silo"].ToString(), KubernetesManifests.Variable(_manifests.Silo, "C2C__Cluster__SiloPort").Value);
        Assert.Equal(ports["gateway"].ToString(), KubernetesManifests.Variable(_manifests.Silo, "C2C__Cluster__GatewayPort").Value);
        Assert.Equal(("http", ports["http"]), (api.TargetPort.Value, api.Port));
        Assert.Contains($"http://127.0.0.1:{ports["http"]}/health/live", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_variable_set_is_one_the_host_or_orleans_kubernetes_hosting_reads()
    {
        string[] readElsewhere =
        [
            "ConnectionStrings__Postgres", // ServiceSettings: GetConnectionString("Postgres")
            "ASPNETCORE_HTTP_PORTS", // Kestrel
            KubernetesHostingOptions.PodNameEnvironmentVariable,
            KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
            KubernetesHostingOptions.PodIPEnvironmentVariable,
        ];
        var set = _manifests.Silo.Env.Concat(_manifests.Migrator.Env).Select(variable => variable.Name).ToList();
        var unread = set.Where(name => !readElsewhere.Contains(name) && !HostConfigurationKeys.IsRead(name)).ToList();

        Assert.Empty(unread);
        Assert.Contains("C2C__Cluster__Kubernetes", set);
        Assert.False(HostConfigurationKeys.IsRead("C2C__Cluster__Kubernets"));
        Assert.False(HostConfigurationKeys.IsRead("C2C__Cluster__HasAdvertisedAddress"));
    }

    [Fact]
    public void The_four_secrets_come_from_the_template_which_holds_no_value()
    {
        var secret = _manifests.Single<V1Secret>();
        var references = _manifests.Silo.Env.Concat(_manifests.Migrator.Env)
            .Where(variable => variable.ValueFrom?.SecretKeyRef is not null)
            .ToLookup(variable => variable.Name, variable => variable.ValueFrom.SecretKeyRef);

        Assert.Equal(
            ["C2C__Admin__ClientSecret", "C2C__Identity__TokenKey", "C2C__Security__KeyEncryptionKey", "ConnectionStrings__Postgres"],
            references.Select(group => group.Key).Order(StringComparer.Ordinal));
        Assert.All(references.SelectMany(group => group), reference => Assert.Equal(secret.Metadata.Name, reference.Name));
        Assert.Equal(secret.StringData.Keys.Order(), references.SelectMany(group => group).Select(reference => reference.Key).Distinct().Order());
        Assert.All(secret.StringData.Values, Assert.Empty);
        Assert.Null(secret.Data);
    }

    [Fact]
    public void The_deployment_the_service_and_the_disruption_budget_select_the_silos_and_nothing_else()
    {
        var silos = _manifests.Silos;
        var podLabels = silos.Spec.Template.Metadata.Labels;
        var budget = _manifests.Single<V1PodDisruptionBudget>();
        var migrateLabels = _manifests.Migrate.Spec.Template.Metadata.Labels;
        IDictionary<string, string>[] selectors = [silos.Spec.Selector.MatchLabels, budget.Spec.Selector.MatchLabels, _manifests.Single<V1Service>().Spec.Selector];

        Assert.Equal((3, "1"), (silos.Spec.Replicas, budget.Spec.MaxUnavailable.Value));
        Assert.All(selectors, selector => Assert.True(Selects(selector, podLabels)));
        Assert.All(selectors, selector => Assert.False(Selects(selector, migrateLabels)));
    }

    [Fact]
    public void The_silos_carry_the_cluster_identity_orleans_looks_for_and_read_it_back_from_their_labels()
    {
        var labels = _manifests.Silos.Spec.Template.Metadata.Labels;
        var defaults = new SiloOptions();

        Assert.Equal((defaults.ServiceId, defaults.ClusterId), (labels[KubernetesHostingOptions.ServiceIdLabel], labels[KubernetesHostingOptions.ClusterIdLabel]));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", FieldOf("C2C__Cluster__ServiceId"));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", FieldOf("C2C__Cluster__ClusterId"));
        Assert.Equal(("metadata.name", "metadata.namespace", "status.podIP"), (FieldOf("POD_NAME"), FieldOf("POD_NAMESPACE"), FieldOf("POD_IP")));
        Assert.Equal("true", KubernetesManifests.Variable(_manifests.Silo, "C2C__Cluster__Kubernetes").Value);
    }

    [Fact]
    public void The_silos_account_may_watch_and_delete_the_pods_of_its_namespace()
    {
        var account = _manifests.Single<V1ServiceAccount>();
        var binding = _manifests.Single<V1RoleBinding>();
        var rule = Assert.Single(_manifests.Single<V1Role>().Rules);

        Assert.Equal(account.Metadata.Name, _manifests.Silos.Spec.Template.Spec.ServiceAccountName);
        Assert.Equal((account.Metadata.Name, "ServiceAccount"), (Assert.Single(binding.Subjects).Name, binding.Subjects[0].Kind));
        Assert.Equal((_manifests.Single<V1Role>().Metadata.Name, "Role"), (binding.RoleRef.Name, binding.RoleRef.Kind));
        Assert.Equal(("", "pods"), (Assert.Single(rule.ApiGroups), Assert.Single(rule.Resources)));
        Assert.Subset(rule.Verbs.ToHashSet(), new HashSet<string> { "get", "list", "watch", "delete" });
    }

    [Fact]
    public void The_migrate_job_migrates_and_the_silos_leave_it_to_the_job_and_have_time_to_stop()
    {
        var pod = _manifests.Silos.Spec.Template.Spec;
        var hostShutdownSeconds = new Microsoft.Extensions.Hosting.HostOptions().ShutdownTimeout.TotalSeconds;

        Assert.Equal(["migrate"], _manifests.Migrator.Args);
        Assert.Equal("false", KubernetesManifests.Variable(_manifests.Silo, "C2C__Database__MigrateOnStart").Value);
        Assert.True(pod.TerminationGracePeriodSeconds > _manifests.Silo.Lifecycle.PreStop.Sleep.Seconds + hostShutdownSeconds);
    }

    private string FieldOf(string variable) => KubernetesManifests.Variable(_manifests.Silo, variable).ValueFrom.FieldRef.FieldPath;

    private static bool Selects(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.All(label => labels.TryGetValue(label.Key, out var value) && value == label.Value);
}
