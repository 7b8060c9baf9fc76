{{/* Names and labels shared by every todo-chatbot object. */}}

{{/* The service name (chat-api, audit, ...): the subchart's `serviceName`, else the chart name. */}}
{{- define "todo-lib.serviceName" -}}
{{- default .Chart.Name .Values.serviceName -}}
{{- end -}}

{{/* Object name of a service: (dict "service" NAME "release" .Release.Name) → NAME, prefixed by the release
     unless the release is called like the product or already contains the name. */}}
{{- define "todo-lib.nameFor" -}}
{{- if or (eq .release "todo-chatbot") (contains .service .release) -}}
{{- .service | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .release .service | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "todo-lib.fullname" -}}
{{- include "todo-lib.nameFor" (dict "service" (include "todo-lib.serviceName" .) "release" .Release.Name) -}}
{{- end -}}

{{- define "todo-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "todo-lib.serviceName" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "todo-lib.labels" -}}
{{ include "todo-lib.selectorLabels" . }}
app.kubernetes.io/part-of: todo-chatbot
app.kubernetes.io/version: {{ .Chart.AppVersion | default .Chart.Version | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The image reference: global repository, tag defaulting to the chart's appVersion. */}}
{{- define "todo-lib.image" -}}
{{- $image := .Values.global.image -}}
{{- printf "%s:%s" $image.repository (default .Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/* Release-scoped names of objects the umbrella chart creates (the same from every subchart). */}}
{{- define "todo-lib.releaseName" -}}
{{- if eq .Release.Name "todo-chatbot" -}}todo-chatbot{{- else -}}{{ printf "%s-todo-chatbot" .Release.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- end -}}
{{- define "todo-lib.appSecretName" -}}
{{- default (printf "%s-app" (include "todo-lib.releaseName" .)) .Values.global.appSecret.name -}}
{{- end -}}
{{- define "todo-lib.serviceAccountName" -}}
{{- include "todo-lib.releaseName" . -}}
{{- end -}}
