{{/* A todo-chatbot service: Deployment (app + Dapr sidecar annotations), Service, PDB, HPA and ServiceMonitor. */}}
{{- define "todo-lib.service" -}}
{{- $service := include "todo-lib.serviceName" . -}}
{{- $dapr := .Values.global.dapr -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "todo-lib.fullname" . }}
  labels:
    {{- include "todo-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 3
  selector:
    matchLabels:
      {{- include "todo-lib.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "todo-lib.labels" . | nindent 8 }}
      annotations:
        {{- if $dapr.enabled }}
        dapr.io/enabled: "true"
        dapr.io/app-id: {{ $service | quote }}
        dapr.io/app-port: {{ .Values.port | quote }}
        dapr.io/app-protocol: "http"
        dapr.io/config: {{ $dapr.configName | quote }}
        dapr.io/log-level: {{ $dapr.logLevel | quote }}
        dapr.io/enable-metrics: "true"
        dapr.io/metrics-port: "9090"
        dapr.io/enable-app-health-check: "true"
        dapr.io/app-health-check-path: "/healthz"
        dapr.io/sidecar-cpu-request: {{ .Values.sidecar.resources.requests.cpu | quote }}
        dapr.io/sidecar-memory-request: {{ .Values.sidecar.resources.requests.memory | quote }}
        dapr.io/sidecar-cpu-limit: {{ .Values.sidecar.resources.limits.cpu | quote }}
        dapr.io/sidecar-memory-limit: {{ .Values.sidecar.resources.limits.memory | quote }}
        dapr.io/graceful-shutdown-seconds: "10"
        {{- end }}
        checksum/env: {{ toJson .Values.global.env | sha256sum | trunc 16 | quote }}
    spec:
      serviceAccountName: {{ include "todo-lib.serviceAccountName" . }}
      {{- with .Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        fsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
      terminationGracePeriodSeconds: 30
      {{- with .Values.global.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "todo-lib.selectorLabels" . | nindent 14 }}
      containers:
        - name: {{ $service }}
          image: {{ include "todo-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.global.image.pullPolicy }}
          args: ["serve", {{ $service | quote }}]
          ports:
            - name: http
              containerPort: {{ .Values.port }}
              protocol: TCP
          env:
            - name: PORT
              value: {{ .Values.port | quote }}
            - name: HOST
              value: "0.0.0.0"
            - name: APP_ID
              value: {{ $service | quote }}
            - name: RUNTIME
              value: {{ ternary "dapr" "embedded" $dapr.enabled | quote }}
            {{- range $name, $value := .Values.global.env }}
            {{- if $value }}
            - name: {{ $name }}
              value: {{ $value | quote }}
            {{- end }}
            {{- end }}
            {{- range $name, $value := .Values.env }}
            {{- if $value }}
            - name: {{ $name }}
              value: {{ $value | quote }}
            {{- end }}
            {{- end }}
            {{- range (.Values.secretEnv | default .Values.global.appSecret.keys) }}
            - name: {{ . }}
              valueFrom:
                secretKeyRef:
                  name: {{ include "todo-lib.appSecretName" $ }}
                  key: {{ . }}
                  optional: true
            {{- end }}
          # The app opens its port once its sidecar answers and its migrations ran (up to ~2 min on a cold start).
          startupProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 2
            failureThreshold: 120
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 15
            timeoutSeconds: 3
            failureThreshold: 4
          readinessProbe:
            httpGet:
              path: /readyz
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "todo-lib.fullname" . }}
  labels:
    {{- include "todo-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "todo-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.servicePort }}
      targetPort: http
      protocol: TCP
    {{- if $dapr.enabled }}
    - name: dapr-metrics
      port: 9090
      targetPort: 9090
      protocol: TCP
    {{- end }}
{{- if .Values.pdb.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "todo-lib.fullname" . }}
  labels:
    {{- include "todo-lib.labels" . | nindent 4 }}
spec:
  {{- if and (not .Values.autoscaling.enabled) (le (int .Values.replicaCount) 1) }}
  maxUnavailable: 1
  {{- else }}
  minAvailable: 1
  {{- end }}
  selector:
    matchLabels:
      {{- include "todo-lib.selectorLabels" . | nindent 6 }}
{{- end }}
{{- if .Values.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "todo-lib.fullname" . }}
  labels:
    {{- include "todo-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "todo-lib.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
{{- end }}
{{- if .Values.global.monitoring.serviceMonitor }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "todo-lib.fullname" . }}
  labels:
    {{- include "todo-lib.labels" . | nindent 4 }}
    {{- with .Values.global.monitoring.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "todo-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /metrics
      interval: {{ .Values.global.monitoring.interval }}
    {{- if $dapr.enabled }}
    - port: dapr-metrics
      path: /
      interval: {{ .Values.global.monitoring.interval }}
    {{- end }}
{{- end }}
{{- end -}}
