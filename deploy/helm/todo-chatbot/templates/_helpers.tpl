{{/* Umbrella helpers: addresses of Kafka, Redis and PostgreSQL, and the list of service app ids. */}}

{{- define "todo-chatbot.labels" -}}
app.kubernetes.io/part-of: todo-chatbot
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Kafka bootstrap servers: global.kafka.brokers, else the in-cluster cluster of the kafka subchart. */}}
{{- define "todo-chatbot.kafkaBrokers" -}}
{{- if .Values.global.kafka.brokers -}}
{{- .Values.global.kafka.brokers -}}
{{- else if eq .Values.kafka.provider "redpanda" -}}
{{- printf "%s-redpanda.%s.svc:9092" .Values.kafka.clusterName .Release.Namespace -}}
{{- else -}}
{{- printf "%s-kafka-bootstrap.%s.svc:9092" .Values.kafka.clusterName .Release.Namespace -}}
{{- end -}}
{{- end -}}

{{- define "todo-chatbot.redisHost" -}}
{{- default (printf "%s-redis.%s.svc:6379" (.Release.Name | trunc 57 | trimSuffix "-") .Release.Namespace) .Values.global.redis.host -}}
{{- end -}}

{{- define "todo-chatbot.postgresHost" -}}
{{- printf "%s-postgresql.%s.svc" (.Release.Name | trunc 52 | trimSuffix "-") .Release.Namespace -}}
{{- end -}}

{{/* App ids of the enabled services (the Dapr scopes). */}}
{{- define "todo-chatbot.appIds" -}}
{{- $ids := list -}}
{{- range $service := list "chat-api" "notification" "recurring-task" "audit" "realtime" -}}
{{- if (index $.Values $service).enabled -}}{{- $ids = append $ids $service -}}{{- end -}}
{{- end -}}
{{- toJson $ids -}}
{{- end -}}
